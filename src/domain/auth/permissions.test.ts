import { describe, expect, it } from "vitest";
import {
  type Action,
  type Actor,
  actions,
  can,
  globalPermissions,
  visibleAgencyFilter,
} from "./permissions.js";
import { type Role, roles } from "./roles.js";

const own = "agency-own";
const other = "agency-other";
const actor = (role: Role, agencyId: string | null = own): Actor => ({ userId: "u1", role, agencyId });

describe("can", () => {
  // role, action, scope agency, expected
  const table: [Role, Action, string | undefined, boolean][] = [
    ["admin", "user.manage", undefined, true],
    ["admin", "agency.read", other, true],
    ["coordinator", "agency.read", other, true],
    ["coordinator", "agency.manage", own, false],
    ["coordinator", "user.manage", undefined, false],
    ["coordinator", "audit.read", undefined, false],
    ["reporter", "agency.read", own, true],
    ["reporter", "agency.read", other, false],
    ["reporter", "agency.read", undefined, false],
    ["reporter", "user.list", own, false],
    ["agency_head", "user.list", own, true],
    ["agency_head", "agency.read", other, false],
    ["leader", "agency.read", other, true],
    ["leader", "user.manage", undefined, false],
    ["ministry_viewer", "agency.read", other, true],
    ["ministry_viewer", "agency.manage", other, false],
  ];
  it.each(table)("%s %s on %s → %s", (role, action, agencyId, expected) => {
    expect(can(actor(role), action, agencyId === undefined ? undefined : { agencyId })).toBe(expected);
  });

  it("denies an agency role without an agency everything agency-scoped", () => {
    expect(can(actor("reporter", null), "agency.read", { agencyId: null })).toBe(false);
    expect(can(actor("reporter", null), "agency.list")).toBe(false);
  });

  it("lets the Ministry read one cycle only when its state says it is sent, never by omission", () => {
    const viewer = actor("ministry_viewer", null);
    expect(can(viewer, "cycle.read", { cycleStatus: "sent_to_ministry" })).toBe(true);
    expect(can(viewer, "document.read", { cycleStatus: "approved" })).toBe(false);
    expect(can(viewer, "cycle.read")).toBe(false);
    expect(can(viewer, "cycle.read", { listing: true })).toBe(true);
  });

  it("denies an unknown action or role", () => {
    expect(can(actor("admin"), "nuclear.launch" as Action)).toBe(false);
    expect(can({ userId: "x", role: "boss" as Role, agencyId: null }, "agency.list")).toBe(false);
  });
});

describe("globalPermissions", () => {
  it("gives the admin every action but the duties of agencies, coordinator and leaders, and no one else user.manage", () => {
    // Filling in, signing off, running the year, accepting, approving and writing the province's
    // documents stay with the people accountable for them (the README's roles table); where the
    // province stands is the home of the leader and the coordinator, not of IT.
    const othersDuties = [
      "cycle.manage",
      "submission.review",
      "cycle.approve",
      "submission.edit",
      "submission.signOff",
      "submission.submit",
      "document.edit",
      "standing.read",
      "pgi.manageTargets",
      "plan.manage",
      "planReport.edit",
      "planReport.submit",
      "planReport.signOff",
      "ghg.manage",
      "ghgReport.submit",
      "ghgReport.appraise",
    ];
    expect(globalPermissions(actor("admin"))).toEqual(actions.filter((a) => !othersDuties.includes(a)));
    for (const role of roles.filter((r) => r !== "admin")) {
      expect(globalPermissions(actor(role))).not.toContain("user.manage");
    }
  });
});

describe("official documents", () => {
  it("lets the coordinator write them, the leadership read them, and no agency see them", () => {
    expect(can(actor("coordinator"), "document.edit")).toBe(true);
    expect(can(actor("leader"), "document.read")).toBe(true);
    expect(can(actor("leader"), "document.edit")).toBe(false);
    for (const role of ["reporter", "agency_head"] as const)
      expect(can(actor(role, "a1"), "document.read", { agencyId: "a1" })).toBe(false);
  });
});

describe("the yearly cycle", () => {
  const own = { agencyId: "a1" };
  const other = { agencyId: "a2" };
  it("lets a reporter fill in and submit only their own agency's figures", () => {
    const reporter = actor("reporter", "a1");
    expect(can(reporter, "submission.edit", own)).toBe(true);
    expect(can(reporter, "submission.submit", own)).toBe(true);
    expect(can(reporter, "submission.edit", other)).toBe(false);
    expect(can(reporter, "submission.signOff", own)).toBe(false);
    expect(can(reporter, "submission.review", own)).toBe(false);
  });
  it("lets only the agency head sign off, only the coordinator review, only the leader approve", () => {
    expect(can(actor("agency_head", "a1"), "submission.signOff", own)).toBe(true);
    expect(can(actor("agency_head", "a1"), "submission.signOff", other)).toBe(false);
    expect(roles.filter((r) => can(actor(r, "a1"), "submission.review", own))).toEqual(["coordinator"]);
    expect(roles.filter((r) => can(actor(r, "a1"), "cycle.manage"))).toEqual(["coordinator"]);
    expect(roles.filter((r) => can(actor(r, "a1"), "cycle.approve"))).toEqual(["leader"]);
    expect(roles.filter((r) => can(actor(r, "a1"), "overdue.read"))).toEqual([
      "admin",
      "coordinator",
      "leader",
    ]);
  });
});

describe("visibleAgencyFilter", () => {
  it("limits agency roles to their agency and leaves others unlimited", () => {
    expect(visibleAgencyFilter(actor("reporter"))).toBe(own);
    expect(visibleAgencyFilter(actor("agency_head"))).toBe(own);
    expect(visibleAgencyFilter(actor("reporter", null))).toBe("__none__");
    expect(visibleAgencyFilter(actor("coordinator"))).toBeNull();
  });
});

describe("a facility's own account", () => {
  const facilityActor: Actor = { userId: "u-f", role: "facility", agencyId: null, facilityId: "fac-1" };

  it("reads and sends its own facility's reports and nothing of another facility", () => {
    expect(can(facilityActor, "ghgReport.read", { facilityId: "fac-1" })).toBe(true);
    expect(can(facilityActor, "ghgReport.submit", { facilityId: "fac-1" })).toBe(true);
    expect(can(facilityActor, "ghgReport.read", { facilityId: "fac-2" })).toBe(false);
    expect(can(facilityActor, "ghgReport.submit", { facilityId: "fac-2" })).toBe(false);
    expect(can(facilityActor, "ghgReport.read")).toBe(false);
    expect(can(facilityActor, "ghgReport.appraise", { facilityId: "fac-1" })).toBe(false);
    expect(can(facilityActor, "ghg.read")).toBe(false);
    expect(globalPermissions(facilityActor)).toEqual(["ghgReport.read", "ghgReport.submit"]);
  });

  it("is refused everything when the account names no facility", () => {
    const without: Actor = { ...facilityActor, facilityId: null };
    expect(can(without, "ghgReport.read", { facilityId: null })).toBe(false);
    expect(globalPermissions(without)).toEqual([]);
  });
});
