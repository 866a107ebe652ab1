// A problem found in a framework file, located so that a person can go straight to it.
export interface FrameworkIssue {
  file: string;
  /** 1-based line in the file, when the problem sits on a known line. */
  line?: number;
  /** Where in the structure, e.g. `editions[1].indicators[4].scoring.target`. */
  path: string;
  /** The indicator (or data element) concerned, when there is one. */
  indicator?: string;
  field?: string;
  message: string;
}

export function formatPath(path: readonly (string | number | symbol)[]): string {
  return path
    .map((part, i) => (typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`))
    .join("");
}

/** One line per issue: `pepi-2782.yaml:212 indicators[6].formula (chỉ số 07): …` */
export function describeIssue(issue: FrameworkIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  const what = issue.indicator ? ` (${issue.indicator})` : "";
  return `${where} ${issue.path}${what}: ${issue.message}`;
}
