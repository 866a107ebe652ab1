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

  it("denies an unknown action or role", () => {
    expect(can(actor("admin"), "nuclear.launch" as Action)).toBe(false);
    expect(can({ userId: "x", role: "boss" as Role, agencyId: null }, "agency.list")).toBe(false);
  });
});

describe("globalPermissions", () => {
  it("gives the admin every action and no one else user.manage", () => {
    expect(globalPermissions(actor("admin"))).toEqual([...actions]);
    for (const role of roles.filter((r) => r !== "admin")) {
      expect(globalPermissions(actor(role))).not.toContain("user.manage");
    }
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
