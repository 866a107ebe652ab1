// Who explains an indicator's change from last year: one agency per indicator, so that a change
// one agency's figure causes never blocks another, and the report carries one explanation. It is
// the first agency the framework names for the indicator that reports one of its own figures in
// the cycle and is one agency (not "UBND cấp xã", every commune); else the one agency other than
// communes that reports its figures; else nobody, and the department explains it itself.
import { matchAgencies, type ProvinceAgency } from "./assignment-plan.js";

const localKinds = new Set(["commune_committee", "district_committee"]);

export function indicatorExplainer(
  /** The indicator's responsible agencies as the framework names them, in order. */
  named: readonly string[],
  /** The agencies assigned one of the indicator's own (not shared) figures in the cycle. */
  reporting: readonly ProvinceAgency[],
  year: number,
): string | null {
  for (const name of named) {
    const matched = matchAgencies(name, reporting, year);
    if (matched.length === 1) return matched[0]!.id;
  }
  const provincial = reporting.filter((a) => !localKinds.has(a.kind));
  return provincial.length === 1 ? provincial[0]!.id : null;
}
