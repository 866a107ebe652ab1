// Central authorisation. Everything is denied unless a rule below allows it, and every route
// asks here. The same answers are sent to the interface so it shows only what the user may do.
import { type Role, requiresAgency } from "./roles.js";

export const actions = [
  "agency.list",
  "agency.read",
  "agency.manage",
  "user.list",
  "user.read",
  "user.manage",
  "audit.read",
  "orgUnit.read",
  "orgUnit.manage",
  "system.backup",
  "framework.read",
  "framework.manage",
  "computation.read",
  "computation.run",
  "published.read",
  "published.import",
  "cycle.read",
  "cycle.manage",
  "cycle.approve",
  "submission.read",
  "submission.edit",
  "submission.signOff",
  "submission.submit",
  "submission.review",
  "overdue.read",
  "outbox.read",
  "outbox.resend",
  "document.read",
  "document.edit",
  "standing.read",
  "pgi.read",
  "pgi.manageTargets",
  "plan.read",
  "plan.manage",
  "planReport.read",
  "planReport.edit",
  "planReport.submit",
  "planReport.signOff",
  "ghg.read",
  "ghg.manage",
  // A facility's greenhouse-gas reports: read, sent (by the facility or recorded on its behalf), appraised.
  "ghgReport.read",
  "ghgReport.submit",
  "ghgReport.appraise",
] as const;
export type Action = (typeof actions)[number];

export interface Actor {
  userId: string;
  role: Role;
  agencyId: string | null;
  /** The facility of a facility's own account; null (or absent) for everyone else. */
  facilityId?: string | null;
}

/** What an action is about: one thing that belongs to an agency, or one cycle in its state. */
export interface Scope {
  agencyId?: string | null;
  /** The status of the cycle the action is about. */
  cycleStatus?: string;
  /** The greenhouse-gas facility the thing belongs to. */
  facilityId?: string | null;
  /** Asking about a list (each item is then filtered), not about one thing. */
  listing?: boolean;
}

type Rule = (actor: Actor, scope: Scope | undefined) => boolean;

const always: Rule = () => true;
/** Allowed only on things that belong to the actor's own agency. */
const ownAgency: Rule = (actor, scope) =>
  actor.agencyId !== null && scope !== undefined && scope.agencyId === actor.agencyId;
/** Allowed only on the facility's own records, for the account of that facility. */
const ownFacility: Rule = (actor, scope) =>
  actor.facilityId != null && scope !== undefined && scope.facilityId === actor.facilityId;
/** Listing is allowed; the list is then filtered by `visibleAgencyFilter`. */
const listOwnAgency: Rule = (actor) => actor.agencyId !== null;
/**
 * The Ministry reads a province's cycles once they are sent to it, not before: one cycle only
 * when its state says it is sent (a question without the state is refused); a list, which
 * `visibleCycleStatuses` then limits to those.
 */
const sentToMinistry: Rule = (_actor, scope) =>
  scope?.listing === true || scope?.cycleStatus === "sent_to_ministry";

/** Reading the index methods, computed results and published rankings. */
const indexWork: Partial<Record<Action, Rule>> = {
  "framework.read": always,
  "computation.read": always,
  "published.read": always,
};

/**
 * The greenhouse-gas register's rows of the facilities an agency follows: the list (then filtered
 * to them) and one facility it follows; never another's, never the imports.
 */
const followedFacilities: Rule = (actor, scope) =>
  scope?.listing === true ? actor.agencyId !== null : ownAgency(actor, scope);

/** An agency's own part of a cycle: its assignments, figures, evidence and submission. */
const agencyWork: Partial<Record<Action, Rule>> = {
  "cycle.read": listOwnAgency,
  "submission.read": ownAgency,
  "submission.edit": ownAgency,
  "submission.submit": ownAgency,
  // Its progress reports on the plans' tasks: drafted and sent by the agency itself.
  "planReport.read": ownAgency,
  "planReport.edit": ownAgency,
  "planReport.submit": ownAgency,
  // The sector departments follow the greenhouse-gas facilities of their sector.
  "ghg.read": followedFacilities,
};

const policy: Record<Role, Partial<Record<Action, Rule>>> = {
  // IT of the department: people, agencies, units, the audit trail, backups, the index files and
  // the mail queue. It reads the cycles (it keeps their data) but never decides in one: opening,
  // accepting, returning, approving and reopening belong to the coordinator and the leader.
  admin: {
    "agency.list": always,
    "agency.read": always,
    "agency.manage": always,
    "user.list": always,
    "user.read": always,
    "user.manage": always,
    "audit.read": always,
    "orgUnit.read": always,
    "orgUnit.manage": always,
    "system.backup": always,
    "framework.read": always,
    "framework.manage": always,
    "computation.read": always,
    "computation.run": always,
    "published.read": always,
    "published.import": always,
    "cycle.read": always,
    "submission.read": always,
    "overdue.read": always,
    "outbox.read": always,
    "outbox.resend": always,
    "document.read": always,
    "pgi.read": always,
    "plan.read": always,
    "planReport.read": always,
    "ghg.read": always,
    "ghgReport.read": always,
  },
  coordinator: {
    "agency.list": always,
    "agency.read": always,
    "user.list": always,
    "user.read": always,
    "orgUnit.read": always,
    ...indexWork,
    "framework.manage": always,
    "computation.run": always,
    "published.import": always,
    "cycle.read": always,
    "cycle.manage": always,
    "submission.read": always,
    "submission.review": always,
    "overdue.read": always,
    "outbox.read": always,
    "outbox.resend": always,
    "document.read": always,
    "document.edit": always,
    "standing.read": always,
    "pgi.read": always,
    "pgi.manageTargets": always,
    "plan.read": always,
    "plan.manage": always,
    "planReport.read": always,
    // The greenhouse-gas register: imports of the national lists and the facilities' life.
    "ghg.read": always,
    "ghg.manage": always,
    // Reports arriving on paper are recorded by the department; it appraises them.
    "ghgReport.read": always,
    "ghgReport.submit": always,
    "ghgReport.appraise": always,
  },
  leader: {
    "agency.list": always,
    "agency.read": always,
    "orgUnit.read": always,
    ...indexWork,
    "cycle.read": always,
    "cycle.approve": always,
    "submission.read": always,
    "overdue.read": always,
    "document.read": always,
    "standing.read": always,
    "pgi.read": always,
    "plan.read": always,
    "planReport.read": always,
    "ghg.read": always,
    "ghgReport.read": always,
  },
  ministry_viewer: {
    "agency.list": always,
    "agency.read": always,
    "orgUnit.read": always,
    ...indexWork,
    "cycle.read": sentToMinistry,
    "document.read": sentToMinistry,
  },
  reporter: {
    "agency.list": listOwnAgency,
    "agency.read": ownAgency,
    "orgUnit.read": always,
    "framework.read": always,
    "published.read": always,
    // The plans that give agencies their tasks are the province's documents: every agency reads them.
    "plan.read": always,
    // The green index and the plans' tasks that serve it: public figures and the same plans.
    "pgi.read": always,
    ...agencyWork,
  },
  agency_head: {
    "agency.list": listOwnAgency,
    "agency.read": ownAgency,
    "user.list": listOwnAgency,
    "user.read": ownAgency,
    "orgUnit.read": always,
    "framework.read": always,
    "published.read": always,
    "plan.read": always,
    "pgi.read": always,
    ...agencyWork,
    "submission.signOff": ownAgency,
    "planReport.signOff": ownAgency,
  },
  // A listed facility's own account: its register record, its obligations and its reports only.
  facility: {
    "ghgReport.read": ownFacility,
    "ghgReport.submit": ownFacility,
  },
};

export function can(actor: Actor, action: Action, scope?: Scope): boolean {
  const rule = policy[actor.role]?.[action];
  return rule ? rule(actor, scope) : false;
}

/** The actions this actor may take somewhere (used to build navigation). */
export function globalPermissions(actor: Actor): Action[] {
  return actions.filter((action) => {
    const rule = policy[actor.role]?.[action];
    if (!rule) return false;
    return rule(actor, { agencyId: actor.agencyId, facilityId: actor.facilityId ?? null, listing: true });
  });
}

/** The actions this actor may take on one thing that belongs to an agency. */
export function permissionsOn(actor: Actor, scope: Scope, candidates: readonly Action[]): Action[] {
  return candidates.filter((action) => can(actor, action, scope));
}

/** For lists of cycles: null means every state, otherwise only cycles in these. */
export function visibleCycleStatuses(actor: Actor): string[] | null {
  return actor.role === "ministry_viewer" ? ["sent_to_ministry"] : null;
}

/** For list queries: null means every agency, a string means only that agency. */
export function visibleAgencyFilter(actor: Actor): string | null {
  return requiresAgency(actor.role) ? (actor.agencyId ?? "__none__") : null;
}
