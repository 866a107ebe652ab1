// Reads a greenhouse-gas data file (frameworks/ghg/*.yaml) against its zod schema, with every
// problem located: the file, the line, the row (an entry of a list, named by its code or year)
// and the field. Pure: the caller reads the file and passes its text.
import type { z } from "zod";
import "../../contracts/zod-locale.js";
import { formatPath } from "../framework/issues.js";
import { readLocatedYaml } from "../text/located-yaml.js";

export interface GhgDataIssue {
  file: string;
  /** 1-based line, when the problem sits on a known line. */
  line?: number;
  /** Where in the structure, e.g. `rules[2].due.day`. */
  path: string;
  /** The row concerned, named as people know it: `rules[2] (verification)`. */
  row?: string;
  field?: string;
  message: string;
}

/** A problem found after the shape is valid (duplicate code, unknown source…), at a path. */
export interface GhgCheckProblem {
  path: (string | number)[];
  message: string;
}

export type GhgLoadResult<T> = { ok: true; value: T } | { ok: false; issues: GhgDataIssue[] };

/** Far above any real rules or factor file. */
export const maxGhgFileBytes = 512 * 1024;

export function loadGhgYaml<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  check?: (value: z.infer<S>) => GhgCheckProblem[],
): GhgLoadResult<z.infer<S>> {
  const read = readLocatedYaml(text, { maxBytes: maxGhgFileBytes, maxAliasCount: 100 });
  if (!read.ok) return { ok: false, issues: read.problems.map((p) => ({ file, path: "", ...p })) };
  const { raw, lineOf } = read;
  const locate = (path: (string | number)[], message: string): GhgDataIssue => ({
    file,
    line: lineOf(path),
    path: formatPath(path),
    row: rowAt(raw, path),
    field: fieldOf(path),
    message,
  });
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) =>
        locate(
          issue.path.filter((p): p is string | number => typeof p !== "symbol"),
          issue.message,
        ),
      ),
    };
  }
  const problems = check ? check(parsed.data) : [];
  if (problems.length > 0) return { ok: false, issues: problems.map((p) => locate(p.path, p.message)) };
  return { ok: true, value: parsed.data };
}

/** One line per issue: `obligation-rules.yaml:42 rules[1] (inventory-report) due.day: …` */
export function describeGhgIssue(issue: GhgDataIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  return `${where} ${issue.path}${issue.row ? ` (mục ${issue.row})` : ""}: ${issue.message}`;
}

/** The last named field of a path (`due.day` → `day`). */
function fieldOf(path: readonly (string | number)[]): string | undefined {
  const last = [...path].reverse().find((p) => typeof p === "string");
  return typeof last === "string" ? last : undefined;
}

/** The outermost list entry on the path, with its code (or year) when it has one. */
function rowAt(raw: unknown, path: readonly (string | number)[]): string | undefined {
  let node: unknown = raw;
  for (let i = 0; i < path.length; i++) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[path[i]!];
    if (typeof path[i] === "number") {
      const named = node as { code?: unknown; year?: unknown } | undefined;
      const name = typeof named?.code === "string" ? named.code : named?.year;
      const at = `${formatPath(path.slice(0, i + 1))}`;
      return name === undefined || name === null ? at : `${at} (${String(name)})`;
    }
  }
  return undefined;
}
