// How an agency's form is laid out: one section per indicator, each figure placed once (under
// the first indicator that reads it) so that one box holds one value; the agency's own figures
// come before the shared ones it only reads.
import type { AgencyForm, FormElement, FormIndicator } from "../../../contracts/cycles.js";

export interface FormSection {
  indicator: FormIndicator;
  elements: FormElement[];
  elsewhere: { element: FormElement; indicatorCode: string }[];
}

export function formSections(form: AgencyForm): { sections: FormSection[]; unplaced: FormElement[] } {
  const byCode = new Map(form.elements.map((e) => [e.code, e]));
  const placedUnder = new Map<string, string>();
  const sections = form.indicators.map((indicator) => {
    const section: FormSection = { indicator, elements: [], elsewhere: [] };
    for (const code of indicator.elements) {
      const element = byCode.get(code);
      if (!element) continue;
      const earlier = placedUnder.get(code);
      if (earlier) section.elsewhere.push({ element, indicatorCode: earlier });
      else {
        placedUnder.set(code, indicator.code);
        section.elements.push(element);
      }
    }
    section.elements.sort((a, b) => Number(a.readOnly) - Number(b.readOnly));
    return section;
  });
  const unplaced = form.elements.filter((e) => !placedUnder.has(e.code));
  return { sections, unplaced };
}
