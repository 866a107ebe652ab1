// The README's roles table, endpoint by endpoint: docs/access-matrix.yaml says for every
// operation of the API document which roles may call it. This test walks the OpenAPI document:
// an operation without a row fails (so does a row without an operation), and every cell is
// checked by calling the operation as that role, with a request that passes validation, on the
// role's own agency and on another's, on a cycle not yet sent to the Ministry and on a sent one.
// A greenhouse-gas facility's own account is a role too: its `own` is its own facility (the
// facility's and its reports' ids), checked against another facility's.
import fs from "node:fs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { Role } from "../../src/domain/auth/roles.js";
import { samplePdf } from "../../src/domain/files/samples.test-support.js";
import { cycles } from "../../src/server/db/schema.js";
import { createTestApp, signedInClient, type TestApp, type TestClient } from "../support/app.js";
import { makeCycle, makeCycleProvince } from "../support/cycle-factories.js";
import { facilityClient, makeFacility, makeFacilityReport } from "../support/facility-account.js";
import { makeUser } from "../support/factories.js";
import { type Operation, operations, sampleOf } from "../support/openapi.js";

/**
 * yes: allowed; no: refused; own: only on their own agency's things (for a facility's account, its
 * own facility's); sent: only on a sent cycle.
 */
type Cell = "yes" | "no" | "own" | "sent";
const roles: Role[] = [
  "admin",
  "coordinator",
  "leader",
  "ministry_viewer",
  "reporter",
  "agency_head",
  "facility",
];
const matrixFile = new URL("../../docs/access-matrix.yaml", import.meta.url);
const matrix = parse(fs.readFileSync(matrixFile, "utf8")) as Record<
  string,
  Partial<Record<Role, Cell>> | "public" | "signedIn"
>;

// Operations that end the session they are called with: covered by tests/api/auth.test.ts.
const ownSession = new Set(["POST /api/auth/logout", "POST /api/auth/password"]);

let t: TestApp;
let ops: Operation[];
const clients = new Map<Role, TestClient>();
const ids = {} as Record<
  | "ownAgency"
  | "otherAgency"
  | "openCycle"
  | "sentCycle"
  | "ownUser"
  | "otherUser"
  | "province"
  | "ownEvidence"
  | "otherEvidence"
  | "ownLetter"
  | "otherLetter"
  | "ownFacility"
  | "otherFacility"
  | "ownReport"
  | "otherReport",
  string
>;

/** A document the agency attaches to the first indicator of its form in the open cycle. */
async function attachEvidence(client: TestClient, agencyId: string): Promise<string> {
  const base = `/api/cycles/${ids.openCycle}/agencies/${agencyId}`;
  const form = (await client.get(`${base}/form`)).json();
  const indicatorCode = form.indicators[0].code;
  const response = await client.upload(
    `${base}/evidence`,
    { indicatorCode },
    { name: "bien ban.pdf", content: samplePdf() },
  );
  if (response.statusCode >= 300) throw new Error(`evidence of ${agencyId}: ${response.body}`);
  return response.json().id;
}

/** The letter an agency sent its figures by, recorded by the coordinator to enter them for it. */
async function recordLetter(coordinator: TestClient, agencyId: string): Promise<string> {
  const response = await coordinator.upload(
    `/api/cycles/${ids.openCycle}/agencies/${agencyId}/letters`,
    { docNumber: "15/CV-SXD", docDate: "2024-01-10" },
    { name: "cong van.pdf", content: samplePdf() },
  );
  if (response.statusCode >= 300) throw new Error(`letter of ${agencyId}: ${response.body}`);
  return response.json().letters[0].id;
}

beforeAll(async () => {
  t = await createTestApp({ LOGIN_MAX_FAILURES: "100" });
  const db = t.database.db;
  const province = await makeCycleProvince(db);
  ids.province = province.provinceId;
  ids.ownAgency = province.agencies.construction;
  ids.otherAgency = province.agencies.statistics;
  ids.openCycle = await makeCycle(db, province.provinceId, { year: 2023 });
  ids.sentCycle = await makeCycle(db, province.provinceId, { year: 2022 });
  await db.update(cycles).set({ status: "sent_to_ministry" }).where(eq(cycles.id, ids.sentCycle));
  // Targets of user operations, never the users whose sessions the test uses.
  ids.ownUser = (await makeUser(db, "reporter", ids.ownAgency)).id;
  ids.otherUser = (await makeUser(db, "reporter", ids.otherAgency)).id;
  // Greenhouse-gas facilities, each with a report; the facility account is the first one's.
  // The own agency follows the first, the other agency the second.
  ids.ownFacility = await makeFacility(db, { agencyId: ids.ownAgency });
  ids.otherFacility = await makeFacility(db, { agencyId: ids.otherAgency });
  ids.ownReport = await makeFacilityReport(db, ids.ownFacility);
  ids.otherReport = await makeFacilityReport(db, ids.otherFacility);
  for (const role of roles)
    clients.set(
      role,
      role === "facility"
        ? await facilityClient(t, ids.ownFacility)
        : await signedInClient(t, role, role === "reporter" || role === "agency_head" ? ids.ownAgency : null),
    );
  ids.ownEvidence = await attachEvidence(clients.get("reporter")!, ids.ownAgency);
  ids.otherEvidence = await attachEvidence(
    await signedInClient(t, "reporter", ids.otherAgency),
    ids.otherAgency,
  );
  ids.ownLetter = await recordLetter(clients.get("coordinator")!, ids.ownAgency);
  ids.otherLetter = await recordLetter(clients.get("coordinator")!, ids.otherAgency);
  ops = await operations(t.app);
}, 60_000);
afterAll(() => t.close());

const key = (op: Operation) => `${op.method} ${op.path}`;

/**
 * The operation's address with the fixture's ids: `agency` picks whose things, `cycle` which cycle.
 * A facility's account gets its own or another facility (and report); other roles, as before, an
 * unknown one (a 404 is an answer, never a refusal).
 */
function urlOf(op: Operation, agency: "own" | "other", cycle: "open" | "sent", role?: Role): string {
  const agencyId = agency === "own" ? ids.ownAgency : ids.otherAgency;
  const cycleId = cycle === "open" ? ids.openCycle : ids.sentCycle;
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === "agencyId") return agencyId;
    if (name === "cycleId") return cycleId;
    if (name === "code") return "PEPI-2782";
    if (name === "indicatorCode") return "07";
    if (name === "version") return "1";
    if (name === "kind") return "report";
    if (name === "locale") return "vi";
    if (name === "year") return "2025";
    if (name === "element") return "public_transport_vehicles";
    if (name === "periodId" || name === "fileId" || name === "documentId") return crypto.randomUUID();
    if (name !== "id") throw new Error(`${key(op)}: no fixture for {${name}}`);
    if (
      (role === "facility" || role === "reporter" || role === "agency_head") &&
      op.path.startsWith("/api/ghg/facilities/")
    )
      return agency === "own" ? ids.ownFacility : ids.otherFacility;
    if (role === "facility" && op.path.startsWith("/api/ghg/reports/"))
      return agency === "own" ? ids.ownReport : ids.otherReport;
    if (op.path.startsWith("/api/cycles/")) return cycleId;
    if (op.path.startsWith("/api/agencies/")) return agencyId;
    if (op.path.startsWith("/api/users/")) return agency === "own" ? ids.ownUser : ids.otherUser;
    if (op.path.startsWith("/api/org-units/")) return ids.province;
    if (op.path.startsWith("/api/evidence/")) return agency === "own" ? ids.ownEvidence : ids.otherEvidence;
    if (op.path.startsWith("/api/letters/")) return agency === "own" ? ids.ownLetter : ids.otherLetter;
    return crypto.randomUUID();
  });
}

async function call(role: Role, op: Operation, agency: "own" | "other", cycle: "open" | "sent") {
  const body = op.body ? sampleOf(op.body, { agencyId: ids.ownAgency, orgUnitId: ids.province }) : undefined;
  const response = await clients.get(role)!.request({
    method: op.method as "GET",
    url: urlOf(op, agency, cycle, role),
    ...(body !== undefined ? { payload: body as never } : {}),
  });
  return {
    status: response.statusCode,
    code: response.statusCode >= 400 ? response.json().error?.code : null,
  };
}

/** Refused by authorisation; a 403 of a business rule (a figure not assigned) is an answer. */
const refused = (answer: { status: number; code: string | null }) =>
  answer.status === 403 && answer.code === "FORBIDDEN";

describe("the access matrix", () => {
  it("has one row for every operation of the API document, and none more", () => {
    const documented = new Set(ops.map(key));
    expect(ops.map(key).filter((k) => !(k in matrix))).toEqual([]);
    expect(Object.keys(matrix).filter((k) => !documented.has(k))).toEqual([]);
  });

  it("is what the server does, cell by cell", async () => {
    const wrong: string[] = [];
    for (const op of ops) {
      const row = matrix[key(op)];
      if (!row || ownSession.has(key(op))) continue;
      if (row === "public") {
        const body = op.body
          ? sampleOf(op.body, { agencyId: ids.ownAgency, orgUnitId: ids.province })
          : undefined;
        const anonymous = await t.app.inject({
          method: op.method as "GET",
          url: urlOf(op, "own", "open"),
          ...(body !== undefined ? { payload: body as never } : {}),
        });
        if (anonymous.statusCode === 401 && anonymous.json().error?.code === "UNAUTHENTICATED")
          wrong.push(`${key(op)} without signing in: 401, expected public`);
      }
      if (row === "public" || row === "signedIn") {
        for (const role of roles) {
          const answer = await call(role, op, "own", "open");
          if (refused(answer))
            wrong.push(`${key(op)} ${role}: ${answer.status} ${answer.code}, expected allowed`);
        }
        continue;
      }
      for (const role of roles) {
        const cell = row[role] ?? "no";
        const own = await call(role, op, "own", cell === "sent" ? "sent" : "open");
        const expectOwn = cell !== "no";
        if (refused(own) === expectOwn)
          wrong.push(
            `${key(op)} ${role}: ${own.status} ${own.code}, expected ${expectOwn ? "allowed" : "403"}`,
          );
        if (cell === "own") {
          const other = await call(role, op, "other", "open");
          if (!refused(other))
            wrong.push(
              `${key(op)} ${role} on another ${role === "facility" ? "facility" : "agency"}: ${other.status}, expected 403`,
            );
        }
        if (cell === "sent") {
          const unsent = await call(role, op, "own", "open");
          if (!refused(unsent))
            wrong.push(`${key(op)} ${role} on a cycle not sent: ${unsent.status}, expected 403`);
        }
      }
    }
    expect(wrong).toEqual([]);
  }, 180_000);
});
