import { describe, expect, it } from "vitest";
import { evaluateFormula } from "./evaluate.js";
import { seededRandom } from "./fixtures.js";
import { MAX_FORMULA_LENGTH, parseFormula } from "./parser.js";

describe("errors with their positions", () => {
  it.each([
    ["", "EMPTY", 0, 0, "Công thức trống"],
    ["   ", "EMPTY", 0, 3, "Công thức trống"],
    [
      "1.234,5",
      "INVALID_NUMBER",
      0,
      7,
      "Số “1.234,5” viết theo kiểu Việt Nam; trong công thức dùng dấu chấm thập phân và không tách hàng nghìn: 1234.5",
    ],
    [
      "x * 1.234.567",
      "INVALID_NUMBER",
      4,
      9,
      "Số “1.234.567” viết theo kiểu Việt Nam; trong công thức dùng dấu chấm thập phân và không tách hàng nghìn: 1234567",
    ],
    ["a * 65,5", "INVALID_NUMBER", 4, 4, "Số “65,5” dùng dấu phẩy thập phân; trong công thức viết 65.5"],
    [`1${"0".repeat(400)}`, "INVALID_NUMBER", 0, 401, "Số quá lớn: “10000000000000000000…”"],
    ["2x", "INVALID_NUMBER", 0, 2, "Số không hợp lệ: “2x” (giữa số và tên cần một phép toán, ví dụ 2 * x)"],
    ["1e6", "INVALID_NUMBER", 0, 3, "Số không hợp lệ: “1e6” (giữa số và tên cần một phép toán, ví dụ 2 * x)"],
    [
      "Urban_Population",
      "INVALID_IDENTIFIER",
      0,
      16,
      "Mã số liệu “Urban_Population” không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch dưới, ví dụ “urban_population”",
    ],
    [
      "a + dân_số",
      "INVALID_IDENTIFIER",
      4,
      6,
      "Mã số liệu “dân_số” không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch dưới, ví dụ “dan_so”",
    ],
    ["a = b", "UNEXPECTED_CHARACTER", 2, 1, "Ký tự không hợp lệ: “=” (so sánh bằng viết “==”)"],
    [
      "min(a; b)",
      "UNEXPECTED_CHARACTER",
      5,
      1,
      "Ký tự không hợp lệ: “;” (các tham số cách nhau bằng dấu phẩy “,”)",
    ],
    ["a # b", "UNEXPECTED_CHARACTER", 2, 1, "Ký tự không hợp lệ: “#”"],
    ["a 😀", "UNEXPECTED_CHARACTER", 2, 2, "Ký tự không hợp lệ: “😀”"],
    ["a b", "UNEXPECTED_TOKEN", 2, 1, "Không mong đợi “b” ở đây (thiếu phép toán?)"],
    ["a * * b", "UNEXPECTED_TOKEN", 4, 1, "Không mong đợi “*” ở đây"],
    ["a + b)", "UNEXPECTED_TOKEN", 5, 1, "Thừa dấu “)”"],
    ["min(a, )", "UNEXPECTED_TOKEN", 7, 1, "Thiếu một giá trị trước “)”"],
    ["a and", "UNEXPECTED_END", 5, 0, "Công thức chưa hết: còn thiếu một giá trị"],
    ["x where y", "UNEXPECTED_TOKEN", 2, 5, "Không mong đợi “where” ở đây (thiếu phép toán?)"],
    ["(a + b", "UNCLOSED_PARENTHESIS", 0, 1, "Thiếu dấu “)” để đóng dấu “(” này"],
    ["max(a, (b", "UNCLOSED_PARENTHESIS", 7, 1, "Thiếu dấu “)” để đóng dấu “(” này"],
    ["summ(x.y)", "UNKNOWN_FUNCTION", 0, 4, "Không có hàm “summ”; có phải “sum”?"],
    [
      "sqrt(x)",
      "UNKNOWN_FUNCTION",
      0,
      4,
      "Không có hàm “sqrt”; các hàm dùng được: min, max, sum, avg, count, if, abs, round",
    ],
    [
      "if(a, b)",
      "WRONG_ARGUMENT_COUNT",
      0,
      8,
      "Hàm “if” cần đúng 3 tham số: điều kiện, giá trị khi đúng, giá trị khi sai, ở đây có 2",
    ],
    ["1 + abs(a, b)", "WRONG_ARGUMENT_COUNT", 4, 9, "Hàm “abs” cần đúng 1 tham số, ở đây có 2"],
    [
      "round(a, 1, 2)",
      "WRONG_ARGUMENT_COUNT",
      0,
      14,
      "Hàm “round” cần 1 hoặc 2 tham số: giá trị và số chữ số thập phân, ở đây có 3",
    ],
    [
      "min(a)",
      "WRONG_ARGUMENT_COUNT",
      0,
      6,
      "Hàm “min” cần ít nhất 2 tham số, hoặc một trường của danh sách như min(landfills.capacity_t), ở đây có 1",
    ],
    [
      "max()",
      "WRONG_ARGUMENT_COUNT",
      0,
      5,
      "Hàm “max” cần ít nhất 2 tham số, hoặc một trường của danh sách như max(landfills.capacity_t), ở đây có 0",
    ],
    [
      "count(a, b)",
      "WRONG_ARGUMENT_COUNT",
      0,
      11,
      "Hàm “count” cần đúng 1 tham số khi tính trên danh sách, ở đây có 2",
    ],
    [
      "min(l.f, 0)",
      "WRONG_ARGUMENT_COUNT",
      0,
      11,
      "Hàm “min” cần đúng 1 tham số khi tính trên danh sách, ở đây có 2",
    ],
    [
      "landfills.capacity_t * 2",
      "FIELD_ACCESS_NOT_ALLOWED",
      0,
      20,
      "“landfills.capacity_t” chỉ dùng được trong sum, avg, min hoặc max, ví dụ sum(landfills.capacity_t)",
    ],
    [
      "max(l.f + 1, 0)",
      "FIELD_ACCESS_NOT_ALLOWED",
      4,
      3,
      "“l.f” chỉ dùng được trong sum, avg, min hoặc max, ví dụ sum(l.f)",
    ],
    [
      "sum(l.f * 2)",
      "LIST_FIELD_EXPECTED",
      8,
      1,
      "Hàm “sum” cần dạng danh_sách.trường, ví dụ sum(landfills.capacity_t)",
    ],
    [
      "count(l + 1)",
      "LIST_EXPECTED",
      8,
      1,
      "Hàm “count” cần tên một danh sách, ví dụ count(health_facilities)",
    ],
    ["count(l where)", "UNEXPECTED_TOKEN", 13, 1, "Thiếu một giá trị trước “)”"],
    ["count(1)", "LIST_EXPECTED", 6, 1, "Hàm “count” cần tên một danh sách, ví dụ count(health_facilities)"],
    [
      "count(l.f)",
      "LIST_EXPECTED",
      6,
      1,
      "Hàm “count” cần tên một danh sách, ví dụ count(health_facilities)",
    ],
    [
      "sum(landfills)",
      "LIST_FIELD_EXPECTED",
      4,
      9,
      "Hàm “sum” cần dạng danh_sách.trường, ví dụ sum(landfills.capacity_t)",
    ],
    [
      "avg(a + b)",
      "LIST_FIELD_EXPECTED",
      4,
      1,
      "Hàm “avg” cần dạng danh_sách.trường, ví dụ avg(landfills.capacity_t)",
    ],
    [
      "sum(l.)",
      "LIST_FIELD_EXPECTED",
      6,
      1,
      "Hàm “sum” cần dạng danh_sách.trường, ví dụ sum(landfills.capacity_t)",
    ],
    [
      "count(a where sum(b.c) > 0)",
      "NESTED_LIST_FUNCTION",
      14,
      3,
      "Không dùng “sum” trên danh sách bên trong điều kiện where; điều kiện chỉ nói về trường của từng mục",
    ],
    [
      "a < b < c",
      "CHAINED_COMPARISON",
      0,
      7,
      "Không so sánh nối tiếp được (a < b < c); viết a < b and b < c",
    ],
    [
      "round(a, 2.5)",
      "INVALID_ROUND_DIGITS",
      9,
      3,
      "Số chữ số của round phải là số nguyên viết sẵn từ 0 đến 10",
    ],
    [
      "round(a, b)",
      "INVALID_ROUND_DIGITS",
      9,
      1,
      "Số chữ số của round phải là số nguyên viết sẵn từ 0 đến 10",
    ],
    [
      "round(a, 11)",
      "INVALID_ROUND_DIGITS",
      9,
      2,
      "Số chữ số của round phải là số nguyên viết sẵn từ 0 đến 10",
    ],
  ])("%j → %s at %i+%i", (text, code, position, length, message) => {
    expect(parseFormula(text)).toEqual({ ok: false, error: { code, message, position, length } });
  });

  it("a decimal comma inside a call is read as two arguments, as in min(1,5)", () => {
    expect(evaluateFormula("min(1,5)", {})).toEqual({ ok: true, value: 1 });
  });
});

describe("limits against abuse", () => {
  it("refuses a 10 MB expression by its length alone", () => {
    const huge = "1+".repeat(5_000_000);
    expect(parseFormula(huge)).toMatchObject({
      ok: false,
      error: { code: "TOO_LONG", position: MAX_FORMULA_LENGTH },
    });
    const refused = parseFormula(huge);
    expect(!refused.ok && refused.error.message).toBe(
      "Công thức quá dài: 10.000.000 ký tự, tối đa 4.000 ký tự",
    );
  });

  it("accepts exactly 4,000 characters and refuses 4,001", () => {
    const longest = `${"1+".repeat(1999)}10`;
    expect(longest.length).toBe(4000);
    expect(evaluateFormula(longest, {})).toEqual({ ok: true, value: 2009 });
    expect(parseFormula(`${longest}0`)).toMatchObject({ ok: false, error: { code: "TOO_LONG", length: 1 } });
  });

  it.each([
    ["parentheses", (depth: number) => `${"(".repeat(depth)}1${")".repeat(depth)}`],
    ["minus signs", (depth: number) => `${"-".repeat(depth)}1`],
    ["not", (depth: number) => `${"not ".repeat(depth)}true`],
    ["calls", (depth: number) => `${"abs(".repeat(depth)}1${")".repeat(depth)}`],
  ])("nesting of %s: 64 levels accepted, 65 refused", (_name, nest) => {
    expect(parseFormula(nest(64)).ok).toBe(true);
    expect(parseFormula(nest(65))).toMatchObject({
      ok: false,
      error: {
        code: "TOO_DEEP",
        message: "Công thức lồng nhau quá sâu: tối đa 64 cấp ngoặc, hàm hoặc dấu trừ",
      },
    });
  });

  it("never throws, whatever it is given", () => {
    const random = seededRandom(2782);
    const alphabet = [
      "a",
      "b_1",
      "1",
      "2.5",
      "(",
      ")",
      ",",
      ".",
      "+",
      "-",
      "*",
      "/",
      "<",
      "==",
      "and",
      "not",
      "where",
      "count(",
      "sum(",
      "min(",
      "if(",
      "round(",
      " ",
      "=",
      "!",
      "đ",
      "1.234",
      ";",
    ];
    for (let run = 0; run < 3000; run++) {
      const size = Math.floor(random() * 20);
      const text = Array.from({ length: size }, () => alphabet[Math.floor(random() * alphabet.length)]).join(
        "",
      );
      expect(() => parseFormula(text)).not.toThrow();
    }
  });
});
