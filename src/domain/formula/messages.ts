// Every Vietnamese message of the formula language, in one place so wording stays consistent
// and a reviewer can read them all at once. Codes, data element codes and formula fragments
// are quoted as written; numbers shown to people use Vietnamese grouping (4.000).
import { closestMatch, formatIntegerVi, quote } from "./text.js";

const FUNCTIONS_HELP = "min, max, sum, avg, count, if, abs, round";

/** Hints for characters that come from Excel habits or other languages. */
const CHARACTER_HINTS: Record<string, string> = {
  "=": "so sánh bằng viết “==”",
  "!": "phủ định viết “not”",
  "&": "viết “and”",
  "|": "viết “or”",
  ";": "các tham số cách nhau bằng dấu phẩy “,”",
  "×": "phép nhân viết “*”",
  "÷": "phép chia viết “/”",
  ":": "phép chia viết “/”",
  "^": "không có phép lũy thừa; nhân lặp lại, ví dụ x * x",
  "%": "tỷ lệ phần trăm viết * 100, ví dụ a / b * 100",
  '"': "công thức không có chuỗi ký tự",
  "'": "công thức không có chuỗi ký tự",
  "[": "dùng ngoặc tròn “(” “)”",
  "]": "dùng ngoặc tròn “(” “)”",
  "{": "dùng ngoặc tròn “(” “)”",
  "}": "dùng ngoặc tròn “(” “)”",
};

export const unitMessages = {
  empty: () => "Đơn vị trống",
  missingPart: (label: string, afterSlash: boolean) =>
    `Đơn vị không hợp lệ: ${quote(label)} (${afterSlash ? "thiếu đơn vị sau dấu “/”" : "thiếu một thành phần"})`,
  unknownPart: (part: string) => `Đơn vị không hợp lệ: ${quote(part)} (không có trong danh mục đơn vị)`,
};

export const parseMessages = {
  tooLong: (length: number, limit: number) =>
    `Công thức quá dài: ${formatIntegerVi(length)} ký tự, tối đa ${formatIntegerVi(limit)} ký tự`,
  tooDeep: (limit: number) => `Công thức lồng nhau quá sâu: tối đa ${limit} cấp ngoặc, hàm hoặc dấu trừ`,
  empty: () => "Công thức trống",
  unexpectedCharacter: (char: string) => {
    const hint = CHARACTER_HINTS[char];
    return `Ký tự không hợp lệ: ${quote(char)}${hint ? ` (${hint})` : ""}`;
  },
  vietnameseNumber: (text: string) =>
    `Số ${quote(text)} viết theo kiểu Việt Nam; trong công thức dùng dấu chấm thập phân và không tách hàng nghìn: ${internationalNumber(text)}`,
  decimalComma: (text: string) =>
    `Số ${quote(text)} dùng dấu phẩy thập phân; trong công thức viết ${internationalNumber(text)}`,
  numberFollowedByLetters: (text: string) =>
    `Số không hợp lệ: ${quote(text)} (giữa số và tên cần một phép toán, ví dụ 2 * x)`,
  numberTooLarge: (text: string) => `Số quá lớn: ${quote(text.length > 20 ? `${text.slice(0, 20)}…` : text)}`,
  invalidIdentifier: (word: string) =>
    `Mã số liệu ${quote(word)} không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch dưới, ví dụ ${quote(suggestIdentifier(word))}`,
  unexpectedToken: (token: string) => `Không mong đợi ${quote(token)} ở đây`,
  missingOperator: (token: string) => `Không mong đợi ${quote(token)} ở đây (thiếu phép toán?)`,
  extraClosingParenthesis: () => "Thừa dấu “)”",
  valueMissingBefore: (token: string) => `Thiếu một giá trị trước ${quote(token)}`,
  unexpectedEnd: (expected: string) => `Công thức chưa hết: còn thiếu ${expected}`,
  unclosedParenthesis: () => "Thiếu dấu “)” để đóng dấu “(” này",
  unknownFunction: (name: string, known: readonly string[]) => {
    const suggestion = closestMatch(name, known);
    return suggestion
      ? `Không có hàm ${quote(name)}; có phải ${quote(suggestion)}?`
      : `Không có hàm ${quote(name)}; các hàm dùng được: ${FUNCTIONS_HELP}`;
  },
  wrongArgumentCount: (name: string, expected: string, actual: number) =>
    `Hàm ${quote(name)} cần ${expected}, ở đây có ${actual}`,
  fieldAccessNotAllowed: (list: string, field: string) =>
    `${quote(`${list}.${field}`)} chỉ dùng được trong sum, avg, min hoặc max, ví dụ sum(${list}.${field})`,
  listExpected: (name: string) =>
    `Hàm ${quote(name)} cần tên một danh sách, ví dụ ${name}(health_facilities)`,
  listFieldExpected: (name: string) =>
    `Hàm ${quote(name)} cần dạng danh_sách.trường, ví dụ ${name}(landfills.capacity_t)`,
  nestedListFunction: (name: string) =>
    `Không dùng ${quote(name)} trên danh sách bên trong điều kiện where; điều kiện chỉ nói về trường của từng mục`,
  chainedComparison: () => "Không so sánh nối tiếp được (a < b < c); viết a < b and b < c",
  invalidRoundDigits: (max: number) => `Số chữ số của round phải là số nguyên viết sẵn từ 0 đến ${max}`,
};

export const checkMessages = {
  unknownReference: (name: string, known: Iterable<string>) => {
    const suggestion = closestMatch(name, known);
    return `Không có số liệu ${quote(name)} trong danh mục${suggestion ? `; có phải ${quote(suggestion)}?` : ""}`;
  },
  listAsNumber: (name: string) =>
    `${quote(name)} là một danh sách, không dùng như một số được; dùng count(${name}) hoặc sum(${name}.trường)`,
  notAList: (name: string, functionName: string) =>
    `Hàm ${quote(functionName)} cần một danh sách, nhưng ${quote(name)} không phải danh sách`,
  unknownField: (list: string, field: string, known: Iterable<string>) => {
    const suggestion = closestMatch(field, known);
    return `Danh sách ${quote(list)} không có trường ${quote(field)}${suggestion ? `; có phải ${quote(suggestion)}?` : ""}`;
  },
  cannotAdd: (a: string, b: string) => `Không cộng được ${a} với ${b}`,
  cannotSubtract: (a: string, b: string) => `Không trừ được ${b} khỏi ${a}: khác đơn vị`,
  cannotCompare: (a: string, b: string) => `Không so sánh được ${a} với ${b}`,
  cannotCompareInFunction: (name: string, a: string, b: string) =>
    `Hàm ${quote(name)}: không so sánh được ${a} với ${b}`,
  branchesDiffer: (a: string, b: string) => `Hai nhánh của if khác đơn vị: ${a} và ${b}`,
  numberExpected: (fragment: string) => `Cần một số, nhưng ${quote(fragment)} là điều kiện đúng/sai`,
  booleanExpected: (fragment: string) => `Cần một điều kiện đúng/sai, nhưng ${quote(fragment)} là một số`,
  kindsDiffer: (fragment: string) => `Không so sánh được số với điều kiện đúng/sai trong ${quote(fragment)}`,
  branchKindsDiffer: () => "Hai nhánh của if phải cùng là số hoặc cùng là điều kiện đúng/sai",
  booleanField: (name: string, list: string, field: string) =>
    `Trường ${quote(field)} của ${quote(list)} là có/không, ${name} không tính được; dùng count(${list} where ${field})`,
  resultNotNumber: () => "Công thức phải cho ra một số, không phải điều kiện đúng/sai",
  /** Dimensionless quantities have the label "1", which means nothing to a reader. */
  unitName: (label: string) => (label === "1" ? "số không đơn vị" : label),
};

export const evaluationMessages = {
  missingInput: (ref: string) => `Thiếu số liệu: ${ref}`,
  missingField: (ref: string, itemNumber: number) => `Thiếu số liệu: ${ref} (mục thứ ${itemNumber})`,
  divisionByZero: (denominator: string) => `Không tính được: mẫu số ${quote(denominator)} bằng 0`,
  notANumber: (ref: string) => `Số liệu ${quote(ref)} không phải là một số`,
  notABoolean: (ref: string) => `Số liệu ${quote(ref)} phải là có/không`,
  fieldNotANumber: (ref: string, itemNumber: number) =>
    `Số liệu ${quote(ref)} (mục thứ ${itemNumber}) không phải là một số`,
  fieldNotABoolean: (ref: string, itemNumber: number) =>
    `Số liệu ${quote(ref)} (mục thứ ${itemNumber}) phải là có/không`,
  notAList: (ref: string) => `Số liệu ${quote(ref)} phải là một danh sách`,
  invalidItem: (list: string, itemNumber: number) =>
    `Mục thứ ${itemNumber} của danh sách ${quote(list)} không hợp lệ`,
  emptyList: (name: string, list: string) =>
    `Không tính được ${name}: danh sách ${quote(list)} không có mục nào phù hợp`,
  unexpected: (detail: string) => `Không tính được: lỗi không mong đợi (${detail})`,
  nonFiniteResult: () => "Không tính được: kết quả quá lớn hoặc không xác định",
  numberExpected: (fragment: string) =>
    `Không tính được: ${quote(fragment)} là điều kiện đúng/sai, không phải số`,
  booleanExpected: (fragment: string) => `Không tính được: ${quote(fragment)} là số, không phải điều kiện`,
  kindsDiffer: (fragment: string) => `Không so sánh được số với có/không trong ${quote(fragment)}`,
};

/** "1.234,5" → "1234.5"; "65,5" → "65.5". */
function internationalNumber(text: string): string {
  return text.replaceAll(".", "").replace(",", ".");
}

/** "Dân_số Đô thị" → "dan_so_do_thi": the spelling an identifier must have. */
function suggestIdentifier(word: string): string {
  const plain = word
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, "_");
  return /^[0-9]/.test(plain) ? `_${plain}` : plain;
}
