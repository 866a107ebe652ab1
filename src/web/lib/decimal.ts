// Numbers typed the Vietnamese way ("65,5", "1.234,5") or the international way ("65.5"),
// checked and read with the same rule the domain uses.
import type { FormRule } from "antd";
import { parseDecimal } from "../../domain/text/numbers.js";
import type { Translate } from "../i18n/index.js";

/** null for an empty box, undefined when the text is not a number. */
export function readDecimal(text: string | number | null | undefined): number | null | undefined {
  if (typeof text === "number") return text;
  if (text === null || text === undefined || text.trim() === "") return null;
  const parsed = parseDecimal(text);
  return parsed.ok ? parsed.value : undefined;
}

/** The message for a box whose text is not a number, or null when it is fine (or empty). */
export function decimalProblem(text: string | undefined, t: Translate): string | null {
  return readDecimal(text) === undefined ? t("validation.notNumber", { text: text?.trim() ?? "" }) : null;
}

/** Form rule for a text box that must hold a number. */
export function decimalRule(t: Translate): FormRule {
  return {
    validator: async (_rule, value: string | undefined) => {
      const problem = decimalProblem(value, t);
      if (problem) throw new Error(problem);
    },
  };
}

/**
 * A number as the person would type it back: 0.5 → "0,5", 10000000 → "10000000". Three decimals
 * get a trailing zero ("1,2340"), since "1,234" reads as one thousand two hundred thirty-four.
 */
export function decimalText(value: number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const [whole, fraction] = String(value).split(".");
  if (fraction === undefined) return whole!;
  return `${whole},${fraction.length === 3 ? `${fraction}0` : fraction}`;
}
