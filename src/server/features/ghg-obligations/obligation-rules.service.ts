// The obligation rules as the province keeps them. Seeded from frameworks/ghg/obligation-rules.yaml
// on first read (one transaction, each rule added with its audit event): a rule already kept is
// never overwritten by the file, only its `shipped` copy follows the file, and the screen says
// when that copy changed after the department's edit. The department edits dates, scope, status
// and note (validated as the file is), or puts a rule back to what shipped.
import fs from "node:fs";
import path from "node:path";
import type { GhgRuleUpdate, GhgRuleView } from "../../../contracts/ghg-obligations.js";
import {
  checkObligationRules,
  type GhgSource,
  loadObligationRules,
  type ObligationRule,
  type ObligationRulesFile,
  obligationRuleSchema,
} from "../../../domain/ghg/obligation-rules.js";
import type { Db, DbOrTx } from "../../db/client.js";
import { type AuditContext, changedFields, recordAudit, systemContext } from "../../platform/audit.js";
import { AppError, notFound } from "../../platform/errors.js";
import { runtimePaths } from "../../platform/paths.js";
import * as repo from "./ghg-obligations.repo.js";

const rulesFile = "obligation-rules.yaml";
let shippedCache: ObligationRulesFile | undefined;

/** The rules file as shipped with this version of PEPI Hub (read once). */
export function shippedRules(): ObligationRulesFile {
  if (shippedCache) return shippedCache;
  const text = fs.readFileSync(path.join(runtimePaths.frameworks, "ghg", rulesFile), "utf8");
  const loaded = loadObligationRules(text, rulesFile);
  if (!loaded.ok) throw new Error(`${rulesFile}: ${JSON.stringify(loaded.issues)}`);
  shippedCache = loaded.value;
  return shippedCache;
}

/** JSON with sorted keys: jsonb does not keep the file's key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

function sourcesOf(file: ObligationRulesFile, rule: ObligationRule): GhgSource[] {
  return file.sources.filter((s) => rule.basis.sources.includes(s.id));
}

/** Adds the shipped rules not yet kept and refreshes the shipped copies; cheap when nothing changed. */
export async function seedObligationRules(db: DbOrTx) {
  const file = shippedRules();
  let rows = await repo.allRules(db);
  const kept = new Map(rows.map((r) => [r.row.code, r.row]));
  const stale = file.rules.filter((rule) => {
    const row = kept.get(rule.code);
    return !row || !same(row.shipped, rule) || !same(row.sources, sourcesOf(file, rule));
  });
  if (stale.length === 0) return rows;
  const ctx = systemContext("ghg-rules");
  await db.transaction(async (tx) => {
    for (const rule of stale) {
      const sources = sourcesOf(file, rule);
      if (await repo.insertRuleIfNew(tx, { code: rule.code, rule, shipped: rule, sources })) {
        await recordAudit(tx, ctx, {
          type: "ghg.obligation_rule_shipped",
          entityId: rule.code,
          summary: `Nạp quy tắc “${rule.owed.vi}” từ bản phát hành`,
          after: rule,
        });
        continue;
      }
      const row = await repo.findRule(tx, rule.code, "update");
      if (!row || (same(row.shipped, rule) && same(row.sources, sources))) continue;
      await repo.updateRule(tx, rule.code, { shipped: rule, sources });
      if (same(row.shipped, rule)) continue;
      await recordAudit(tx, ctx, {
        type: "ghg.obligation_rule_shipped",
        entityId: rule.code,
        summary: `Bản phát hành của quy tắc “${rule.owed.vi}” thay đổi (quy tắc đang dùng giữ nguyên)`,
        before: row.shipped,
        after: rule,
      });
    }
  });
  rows = await repo.allRules(db);
  return rows;
}

function order(codes: string[]) {
  const place = new Map(shippedRules().rules.map((r, i) => [r.code, i]));
  return (a: string, b: string) =>
    (place.get(a) ?? codes.length + 99) - (place.get(b) ?? codes.length + 99) || a.localeCompare(b);
}

/** The rules in force now, with their sources: what calendars, reminders and reports derive from. */
export async function currentObligationRules(
  db: DbOrTx,
): Promise<Pick<ObligationRulesFile, "rules" | "sources">> {
  const rows = await seedObligationRules(db);
  const sources = new Map<string, GhgSource>();
  for (const { row } of rows) for (const s of row.sources as GhgSource[]) sources.set(s.id, s);
  const sort = order(rows.map((r) => r.row.code));
  return {
    rules: rows.map((r) => r.row.rule as ObligationRule).sort((a, b) => sort(a.code, b.code)),
    sources: [...sources.values()],
  };
}

export async function ruleViews(db: DbOrTx): Promise<GhgRuleView[]> {
  const rows = await seedObligationRules(db);
  const changed = await repo.shippedChanges(db);
  const sort = order(rows.map((r) => r.row.code));
  return rows
    .map(({ row, editedByName }) => {
      const edited = !same(row.rule, row.shipped);
      const shippedAt = changed.get(row.code);
      return {
        rule: row.rule as ObligationRule,
        shipped: row.shipped as ObligationRule,
        sources: row.sources as GhgSource[],
        edited,
        editedByName: row.editedAt ? (editedByName ?? null) : null,
        editedAt: row.editedAt?.toISOString() ?? null,
        shippedChangedAt:
          edited && row.editedAt && shippedAt && shippedAt > row.editedAt ? shippedAt.toISOString() : null,
        rowVersion: row.rowVersion,
      };
    })
    .sort((a, b) => sort(a.rule.code, b.rule.code));
}

async function viewOf(db: DbOrTx, code: string) {
  const view = (await ruleViews(db)).find((v) => v.rule.code === code);
  if (!view) throw notFound("ghgObligationRule");
  return view;
}

async function lockRule(tx: DbOrTx, code: string, rowVersion: number) {
  const row = await repo.findRule(tx, code, "update");
  if (!row) throw notFound("ghgObligationRule");
  if (row.rowVersion !== rowVersion) throw new AppError("STALE_UPDATE", { entity: "ghgObligationRule" });
  return row;
}

/** The rule with the department's changes, validated as the shipped file is. */
export function editedRule(
  current: ObligationRule,
  input: GhgRuleUpdate,
  sources: GhgSource[],
): ObligationRule {
  const draft: Record<string, unknown> = {
    ...current,
    due: input.due,
    fromYear: input.fromYear,
    untilYear: input.untilYear ?? undefined,
    recurrence:
      input.recurrence.every === 1
        ? { every: 1 }
        : { every: 2, fromYear: input.recurrence.fromYear ?? undefined },
    facilities: input.facilities,
    status: input.status,
    unconfirmed: input.unconfirmed.length ? input.unconfirmed : undefined,
    note: input.note || undefined,
  };
  for (const key of Object.keys(draft)) if (draft[key] === undefined) delete draft[key];
  const parsed = obligationRuleSchema.safeParse(draft);
  if (!parsed.success)
    throw new AppError(
      "VALIDATION_FAILED",
      {},
      parsed.error.issues.map((i) => ({ field: i.path.join("."), message: i.message })),
    );
  const problems = checkObligationRules({
    schema: "pepi-hub/ghg-obligation-rules@1",
    sources: sources.length ? sources : shippedRules().sources,
    rules: [parsed.data],
  });
  if (problems.length)
    throw new AppError(
      "VALIDATION_FAILED",
      {},
      problems.map((p) => ({ field: p.path.slice(2).join("."), message: p.message })),
    );
  return parsed.data;
}

export async function updateRule(db: Db, code: string, input: GhgRuleUpdate, ctx: AuditContext) {
  await seedObligationRules(db);
  await db.transaction(async (tx) => {
    const row = await lockRule(tx, code, input.rowVersion);
    const before = row.rule as ObligationRule;
    const next = editedRule(before, input, row.sources as GhgSource[]);
    const diff = changedFields(
      {
        ...before,
        untilYear: before.untilYear ?? null,
        note: before.note ?? null,
        unconfirmed: before.unconfirmed ?? [],
      },
      {
        ...next,
        untilYear: next.untilYear ?? null,
        note: next.note ?? null,
        unconfirmed: next.unconfirmed ?? [],
      },
    );
    if (!diff) return;
    await repo.updateRule(tx, code, {
      rule: next,
      editedBy: ctx.actorUserId,
      editedAt: new Date(),
      rowVersion: row.rowVersion + 1,
    });
    await recordAudit(tx, ctx, {
      type: "ghg.obligation_rule_updated",
      entityId: code,
      summary: `Sửa quy tắc “${before.owed.vi}”`,
      before: diff.before,
      after: diff.after,
    });
  });
  return viewOf(db, code);
}

export async function resetRule(db: Db, code: string, rowVersion: number, ctx: AuditContext) {
  await seedObligationRules(db);
  await db.transaction(async (tx) => {
    const row = await lockRule(tx, code, rowVersion);
    if (same(row.rule, row.shipped)) return;
    await repo.updateRule(tx, code, {
      rule: row.shipped,
      editedBy: ctx.actorUserId,
      editedAt: new Date(),
      rowVersion: row.rowVersion + 1,
    });
    await recordAudit(tx, ctx, {
      type: "ghg.obligation_rule_reset",
      entityId: code,
      summary: `Đưa quy tắc “${(row.rule as ObligationRule).owed.vi}” về bản phát hành`,
      before: row.rule,
      after: row.shipped,
    });
  });
  return viewOf(db, code);
}
