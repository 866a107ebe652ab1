// Reads a framework file (YAML or JSON) into its typed definition, with every problem located
// by line and path. Nothing here looks at meaning; validate.ts does that.
import { readLocatedYaml } from "../text/located-yaml.js";
import { type FrameworkIssue, formatPath } from "./issues.js";
import { type FrameworkDef, frameworkSchema } from "./schema.js";

/** Far above any real framework file; protects the server from a pasted 100 MB document. */
export const maxFrameworkFileBytes = 2 * 1024 * 1024;

export interface LoadedFramework {
  def: FrameworkDef;
  /** Line of a path in the file (for issues found later). */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

export type LoadResult = { ok: true; value: LoadedFramework } | { ok: false; issues: FrameworkIssue[] };

export function loadFrameworkText(text: string, file: string): LoadResult {
  const read = readLocatedYaml(text, { maxBytes: maxFrameworkFileBytes, maxAliasCount: 1000 });
  if (!read.ok) return { ok: false, issues: read.problems.map((p) => ({ file, path: "", ...p })) };
  const { raw, lineOf } = read;
  const parsed = frameworkSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => {
        const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
        return {
          file,
          line: lineOf(path),
          path: formatPath(path),
          indicator: indicatorCodeAt(raw, path),
          field: typeof path.at(-1) === "string" ? String(path.at(-1)) : undefined,
          message: issue.message,
        };
      }),
    };
  }
  return { ok: true, value: { def: parsed.data, lineOf } };
}

/** The `code` of the nearest indicator or data element enclosing a path, to name it in messages. */
function indicatorCodeAt(raw: unknown, path: readonly (string | number)[]): string | undefined {
  let node: unknown = raw;
  let found: string | undefined;
  for (const part of path) {
    if (node === null || typeof node !== "object") break;
    node = (node as Record<string | number, unknown>)[part];
    const code = (node as { code?: unknown } | undefined)?.code;
    if (typeof code === "string") found = code;
  }
  return found;
}
