import { describe, expect, it } from "vitest";
import {
  asciiFileName,
  attachmentDisposition,
  baseName,
  extensionOf,
  fileTimestamp,
  safeFileName,
  safeNameComponent,
} from "./file-names.js";

describe("safeFileName", () => {
  it.each([
    ["Biên bản kiểm tra số 12.pdf", "Biên bản kiểm tra số 12.pdf"],
    ["../../etc/passwd.pdf", "passwd.pdf"],
    ["C:\\x\\bien ban.pdf", "bien ban.pdf"],
    ['báo<cáo>:"quý"|1?*.docx', "báocáoquý1.docx"],
    ["tab\there\u0000\u001f.xlsx", "tab here.xlsx"],
    ["  tên có dấu cách.  . ", "tên có dấu cách"],
    ["CON", "_CON"],
    ["con.pdf", "_con.pdf"],
    ["LPT1.tar.gz", "_LPT1.tar.gz"],
    ["console.pdf", "console.pdf"],
    ["..", "tệp"],
    ["", "tệp"],
    ["/", "tệp"],
    ["evil\u202Efdp.exe", "evilfdp.exe"],
  ])("%j → %j", (input, expected) => expect(safeFileName(input)).toBe(expected));

  it("keeps composed Vietnamese letters (NFC) whatever form the browser sent", () => {
    const decomposed = "Quyết định.pdf".normalize("NFD");
    expect(safeFileName(decomposed)).toBe("Quyết định.pdf".normalize("NFC"));
  });

  it("shortens a long name but keeps its extension and whole characters", () => {
    const name = `${"Tài liệu ".repeat(40)}.docx`;
    const safe = safeFileName(name, 50);
    expect(Array.from(safe).length).toBeLessThanOrEqual(50);
    expect(safe.endsWith(".docx")).toBe(true);
    expect(safe).toMatch(/^Tài liệu/);
    expect(safe.slice(0, -5)).not.toMatch(/[\s.]$/);
  });
});

describe("safeNameComponent", () => {
  it("keeps a label whole when it holds a slash, as an indicator's unit does", () => {
    expect(safeNameComponent("02 - Tỷ lệ cơ sở xả thải từ 50 m³/ngày đêm trở lên", 60)).toBe(
      "02 - Tỷ lệ cơ sở xả thải từ 50 m³ - ngày đêm trở lên",
    );
    expect(safeNameComponent("BQL KCN\\KKT: tỉnh?")).toBe("BQL KCN - KKT tỉnh");
  });

  it("cuts a long label at a word, keeps its start, and never takes a dot for an extension", () => {
    const label = "07 - Số lượng phương tiện giao thông công cộng trên 10.000 dân đô thị";
    expect(safeNameComponent(label, 60)).toBe("07 - Số lượng phương tiện giao thông công cộng trên 10.000");
    expect(safeNameComponent(label, 200)).toBe(label);
    expect(safeNameComponent("Tỷ lệ 10.000 dân", 12)).toBe("Tỷ lệ 10.000");
  });
});

describe("baseName and extensionOf", () => {
  it.each([
    ["a/b\\c.PDF", "c.PDF", "pdf"],
    ["noext", "noext", ""],
    [".hidden", ".hidden", ""],
    ["trailing.", "trailing.", ""],
    ["bang.tinh.xlsx", "bang.tinh.xlsx", "xlsx"],
  ])("%s", (input, base, ext) => {
    expect(baseName(input)).toBe(base);
    expect(extensionOf(baseName(input))).toBe(ext);
  });
});

describe("attachmentDisposition", () => {
  it("gives an ASCII fallback and the UTF-8 name", () => {
    expect(asciiFileName("Đề án bảo vệ môi trường.pdf")).toBe("De an bao ve moi truong.pdf");
    expect(attachmentDisposition("Biên bản (1)'s.pdf")).toBe(
      "attachment; filename=\"Bien ban (1)'s.pdf\"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20%281%29%27s.pdf",
    );
  });
});

describe("fileTimestamp", () => {
  it("writes a moment so that names sort by it", () => {
    expect(fileTimestamp(new Date("2026-12-06T09:45:07.123Z"))).toBe("20261206094507");
  });
});
