// Numbers as people type them: Vietnamese (1.234.567,5) or international (1,234,567.5).
export type NumberParse = { ok: true; value: number } | { ok: false; message: string };

/**
 * With both separators the last one is the decimal mark. With one kind only, repeated marks
 * or a group of exactly three digits after a single mark are thousands (Vietnamese "1.234"
 * is one thousand two hundred thirty-four) unless `preferDecimalPoint` says a dot is decimal.
 */
export function parseDecimal(input: string, options: { preferDecimalPoint?: boolean } = {}): NumberParse {
  const text = input.trim().replace(/\s|\u00a0/g, "");
  if (text === "") return { ok: false, message: "Chưa nhập số" };
  if (!/^[+-]?[\d.,]+$/.test(text) || !/\d/.test(text)) {
    return { ok: false, message: `“${input.trim()}” không phải là số` };
  }
  const sign = text.startsWith("-") ? -1 : 1;
  const body = text.replace(/^[+-]/, "");
  const lastDot = body.lastIndexOf(".");
  const lastComma = body.lastIndexOf(",");
  let normalized: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? "." : ",";
    const group = decimal === "." ? "," : ".";
    if (body.indexOf(decimal) !== body.lastIndexOf(decimal)) return invalid(input);
    normalized = body.split(group).join("").replace(decimal, ".");
  } else if (lastDot >= 0 || lastComma >= 0) {
    const mark = lastDot >= 0 ? "." : ",";
    const parts = body.split(mark);
    // Thousands groups follow a lead of one to three digits that is not zero: "0,051" is a decimal.
    const groupsOfThree = /^[1-9]\d{0,2}$/.test(parts[0]!) && parts.slice(1).every((p) => p.length === 3);
    const thousands = parts.length > 2 || (groupsOfThree && !(mark === "." && options.preferDecimalPoint));
    if (parts.length > 2 && !groupsOfThree) return invalid(input);
    normalized = thousands ? parts.join("") : parts.join(".");
  } else normalized = body;
  const value = sign * Number(normalized);
  return Number.isFinite(value) ? { ok: true, value } : invalid(input);
}

function invalid(input: string): NumberParse {
  return { ok: false, message: `“${input.trim()}” không phải là số hợp lệ` };
}
