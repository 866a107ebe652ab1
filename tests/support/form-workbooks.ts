// A small cycle for the Excel form tests (agency A reports figures of indicators 07, 09, 22 and
// the landfill list, agency B a figure A only reads; last year entered as a history cycle), and
// helpers to open, change and re-pack the workbooks the server sends.
import ExcelJS from "exceljs";
import { expect } from "vitest";
import type { AgencyForm } from "../../src/contracts/cycles.js";
import { saveValues } from "../../src/server/features/cycles/values.service.js";
import { systemContext } from "../../src/server/platform/audit.js";
import type { TestApp, TestClient } from "./app.js";
import { signedInClient } from "./app.js";
import { makeAssignedCycle } from "./cycle-factories.js";
import { makeAgency, makeProvince } from "./factories.js";

const historian = { ...systemContext("test"), displayName: "Kiểm thử" };

export const aElements = [
  "public_transport_vehicles",
  "air_stations_class4",
  "hazardous_waste_treated_t",
  "landfills",
];

export interface FormFixture {
  cycleId: string;
  agencyA: string;
  agencyB: string;
  agencyAName: string;
  agencyBName: string;
  reporterA: TestClient;
  reporterB: TestClient;
  formUrl: string;
  xlsxUrl: string;
}

export async function formFixture(t: TestApp): Promise<FormFixture> {
  const db = t.database.db;
  const province = await makeProvince(db);
  const agencyAName = `Phòng Kiểm thử Đông Hà ${Math.random().toString(36).slice(2, 6)}`;
  const agencyBName = `Trung tâm Quan trắc Đắk Lắk ${Math.random().toString(36).slice(2, 6)}`;
  const agencyA = await makeAgency(db, { orgUnitId: province, name: agencyAName });
  const agencyB = await makeAgency(db, { orgUnitId: province, name: agencyBName });
  const assignments = { [agencyA]: aElements, [agencyB]: ["hazardous_waste_generated_t"] };
  const history = await makeAssignedCycle(db, province, assignments, { year: 2022, kind: "history" });
  await saveValues(
    db,
    history,
    agencyA,
    [
      { element: "public_transport_vehicles", number: "120", baseVersion: null },
      { element: "hazardous_waste_treated_t", number: "8,5", baseVersion: null },
    ],
    historian,
    { history: "allowed" },
  );
  const cycleId = await makeAssignedCycle(db, province, assignments);
  const base = `/api/cycles/${cycleId}/agencies/${agencyA}`;
  return {
    cycleId,
    agencyA,
    agencyB,
    agencyAName,
    agencyBName,
    reporterA: await signedInClient(t, "reporter", agencyA),
    reporterB: await signedInClient(t, "reporter", agencyB),
    formUrl: `${base}/form`,
    xlsxUrl: `${base}/form.xlsx`,
  };
}

export async function readForm(client: TestClient, url: string): Promise<AgencyForm> {
  const response = await client.get(url);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

export const elementOf = (form: AgencyForm, code: string) => form.elements.find((e) => e.code === code)!;

export async function openWorkbook(content: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  return workbook;
}

export async function download(client: TestClient, url: string): Promise<ExcelJS.Workbook> {
  const response = await client.get(url);
  expect(response.statusCode, response.body).toBe(200);
  return openWorkbook(response.rawPayload);
}

export const pack = async (workbook: ExcelJS.Workbook) => Buffer.from(await workbook.xlsx.writeBuffer());

/** The row of a figure on its sheet, found by its code in column A. */
export function figureRow(workbook: ExcelJS.Workbook, sheet: string, code: string): ExcelJS.Row {
  const ws = workbook.getWorksheet(sheet)!;
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === code) return ws.getRow(r);
  throw new Error(`no row ${code} on ${sheet}`);
}

export function uploadXlsx(client: TestClient, url: string, content: Buffer, name = "Biểu mẫu đã điền.xlsx") {
  return client.upload(url, {}, { name, content });
}

/** What agency A's form holds now: every value with its version. */
export async function storedValues(f: FormFixture) {
  const form = await readForm(f.reporterA, f.formUrl);
  return form.elements.filter((e) => !e.readOnly).map((e) => [e.code, e.number, e.list, e.version]);
}

/** Uploads as agency A's reporter, expects the file refused and nothing stored. */
export async function expectRefused(
  f: FormFixture,
  content: Buffer,
  code: "EXCEL_FILE_REFUSED" | "EXCEL_FILE_INVALID",
) {
  const before = await storedValues(f);
  const response = await uploadXlsx(f.reporterA, f.xlsxUrl, content);
  expect(response.statusCode, response.body).toBe(422);
  expect(response.json().error.code).toBe(code);
  expect(await storedValues(f)).toEqual(before);
  return response.json().error as { message: string; details?: Record<string, unknown>[] };
}

/** Agency A's template as downloaded now, with one change made to it. */
export async function changedTemplate(f: FormFixture, edit: (wb: ExcelJS.Workbook) => void | Promise<void>) {
  const wb = await download(f.reporterA, f.xlsxUrl);
  await edit(wb);
  return pack(wb);
}

/** The cell of this year's public transport vehicles, the figure most form tests change. */
export const vehiclesCell = (wb: ExcelJS.Workbook) =>
  figureRow(wb, "Chỉ số 07", "public_transport_vehicles").getCell(5);
