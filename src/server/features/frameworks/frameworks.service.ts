// Frameworks as versioned data. Every import or edit is compiled and validated as a whole
// first; only a valid file becomes a new version, in one transaction with its audit event.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { type CompiledFramework, compileFrameworkText } from "../../../domain/framework/compile.js";
import type { FrameworkIssue } from "../../../domain/framework/issues.js";
import type { FrameworkDef } from "../../../domain/framework/schema.js";
import type { Db, DbOrTx } from "../../db/client.js";
import { type AuditContext, recordAudit } from "../../platform/audit.js";
import { AppError, notFound } from "../../platform/errors.js";
import { runtimePaths } from "../../platform/paths.js";
import * as repo from "./frameworks.repo.js";

export const shippedFrameworksDir = runtimePaths.frameworks;

export function invalidFramework(file: string, issues: FrameworkIssue[]): AppError {
  return new AppError(
    "FRAMEWORK_INVALID",
    { file, count: issues.length },
    issues.slice(0, 200).map((issue) => ({
      field: issue.path || "(tệp)",
      message: issue.message,
      ...(issue.line ? { line: issue.line } : {}),
      ...(issue.indicator ? { indicator: issue.indicator } : {}),
    })),
  );
}

export interface VersionCreated {
  code: string;
  version: number;
  versionId: string;
}

export async function createFrameworkVersion(
  db: Db,
  input: { text: string; fileName: string; note?: string | null },
  ctx: AuditContext,
): Promise<VersionCreated> {
  const compiled = compileFrameworkText(input.text, input.fileName);
  if (!compiled.ok) throw invalidFramework(input.fileName, compiled.issues);
  const def = compiled.framework.def;
  const now = new Date();
  const versionId = randomUUID();
  const version = await db.transaction(async (tx) => {
    const existing = await repo.findFramework(tx, def.code);
    const next = existing ? existing.currentVersion + 1 : 1;
    if (existing) {
      if (!(await repo.advanceVersion(tx, def.code, existing.currentVersion, next, def.name.vi, now))) {
        throw new AppError("STALE_UPDATE", { entity: "framework" });
      }
    } else {
      await repo.insertFramework(tx, {
        code: def.code,
        name: def.name.vi,
        kind: def.kind,
        currentVersion: 1,
        createdAt: now,
        updatedAt: now,
      });
    }
    await repo.insertVersion(tx, {
      id: versionId,
      frameworkCode: def.code,
      version: next,
      sourceName: input.fileName,
      sourceText: input.text,
      definition: def,
      note: input.note ?? null,
      createdBy: ctx.actorUserId,
      createdAt: now,
    });
    await recordAudit(tx, ctx, {
      type: "framework.version_created",
      entityId: def.code,
      summary: `Bộ chỉ số “${def.code}”: phiên bản ${next}${input.note ? ` – ${input.note}` : ""}`,
      after: { version: next, sourceName: input.fileName },
    });
    return next;
  });
  compiledCache.set(versionId, compiled.framework);
  return { code: def.code, version, versionId };
}

/** Loads the framework files shipped in ./frameworks that the database does not have yet. */
export async function loadShippedFrameworks(db: Db, ctx: AuditContext): Promise<string[]> {
  const loaded: string[] = [];
  const files = fs
    .readdirSync(shippedFrameworksDir)
    .filter((f) => /\.(ya?ml|json)$/.test(f) && !f.endsWith(".schema.json"))
    .sort();
  for (const file of files) {
    const text = fs.readFileSync(path.join(shippedFrameworksDir, file), "utf8");
    // A pattern, not a parse: parsing every shipped file cost about 0.4 s of each start.
    const code = /^code:\s*"?([^"\s#]+)"?/m.exec(text)?.[1];
    if (code && (await repo.findFramework(db, code))) continue;
    const created = await createFrameworkVersion(
      db,
      { text, fileName: file, note: "Bộ chỉ số kèm theo PEPI Hub" },
      ctx,
    );
    loaded.push(created.code);
  }
  return loaded;
}

// Versions never change once written, so their compiled form can be kept by id.
const compiledCache = new Map<string, CompiledFramework>();

export interface LoadedVersion {
  row: repo.FrameworkVersionRow;
  framework: CompiledFramework;
  isCurrent: boolean;
}

export async function loadVersion(db: DbOrTx, code: string, version?: number): Promise<LoadedVersion> {
  const framework = await repo.findFramework(db, code);
  if (!framework) throw notFound("framework");
  const row = await repo.findVersion(db, code, version ?? framework.currentVersion);
  if (!row) throw notFound("frameworkVersion");
  return { row, framework: compiledOf(row), isCurrent: row.version === framework.currentVersion };
}

/** The version in force, compiled; its stored source is read only the first time (hot paths). */
export async function loadCurrentCompiled(
  db: DbOrTx,
  code: string,
): Promise<{ framework: CompiledFramework; version: number; versionId: string }> {
  const head = await repo.findCurrentVersionHead(db, code);
  if (!head) throw notFound("framework");
  return { framework: await compiledVersion(db, head.id), version: head.version, versionId: head.id };
}

/** A stored version compiled, from the cache when it has been compiled before. */
export async function compiledVersion(db: DbOrTx, versionId: string): Promise<CompiledFramework> {
  const cached = compiledCache.get(versionId);
  if (cached) return cached;
  const row = await repo.findVersionById(db, versionId);
  if (!row) throw notFound("frameworkVersion");
  return compiledOf(row);
}

export function compiledOf(row: repo.FrameworkVersionRow): CompiledFramework {
  const cached = compiledCache.get(row.id);
  if (cached) return cached;
  const compiled = compileFrameworkText(row.sourceText, row.sourceName);
  if (!compiled.ok) throw new Error(`Stored framework version ${row.id} no longer compiles`);
  compiledCache.set(row.id, compiled.framework);
  return compiled.framework;
}

export type { FrameworkDef };
