// A formula as people read it: figures by their names, "÷" and "×", numbers the Vietnamese way,
// lists counted in words. "urban_wastewater_treated_m3 / urban_wastewater_generated_m3 * 100"
// becomes "Lượng nước thải … được xử lý đạt quy chuẩn ÷ lượng nước thải … phát sinh × 100".
// Codes stay for specialists, on the framework's own pages.
import { formatNumberVi } from "../text/format-vi.js";
import type { FrameworkDef } from "./schema.js";

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);
const operators: Record<string, string> = { "*": "×", "/": "÷", "+": "+", "-": "−" };

export function formulaInWords(formula: string, framework: Pick<FrameworkDef, "dataElements">): string {
  const elements = new Map(framework.dataElements.map((e) => [e.code, e.name.vi]));
  const fields = new Map(
    framework.dataElements.flatMap((e) => (e.fields ?? []).map((f) => [f.code, f.name.vi] as const)),
  );
  const parts: string[] = [];
  let named = (text: string) => {
    // The first name opens the sentence with its capital; the others read on in lower case.
    named = lowerFirst;
    return text;
  };
  // count(list where field) | count(list) | a code | a number | an operator or bracket.
  const token =
    /count\(\s*([a-z][a-z0-9_]*)(?:\s+where\s+([a-z][a-z0-9_]*))?\s*\)|([a-z][a-z0-9_]*)|(\d+(?:\.\d+)?)|(\S)/g;
  for (const m of formula.matchAll(token)) {
    const [, list, field, code, number, symbol] = m;
    if (list)
      parts.push(
        `${named("Số mục")} “${elements.get(list) ?? list}”${field ? ` có “${lowerFirst(fields.get(field) ?? field)}”` : ""}`,
      );
    else if (code) {
      // A function (sum, if, round…) or a name it does not know: the formula as written, not a
      // sentence that reads wrong.
      const name = elements.get(code);
      if (!name) return formula;
      parts.push(named(name));
    } else if (number) parts.push(formatNumberVi(Number(number)));
    else if (symbol && (operators[symbol] || symbol === "(" || symbol === ")"))
      parts.push(operators[symbol] ?? symbol);
    else return formula;
  }
  return parts.join(" ").replace(/\( /g, "(").replace(/ \)/g, ")");
}
