// Importing the official annex as an Excel sheet: read it (problems by sheet, row, column),
// apply what differs, and create a new framework version through the same validation as any
// import. A sheet with problems changes nothing.
import { stringify } from "yaml";
import { applyAnnex } from "../../../domain/framework/annex.js";
import type { Db } from "../../db/client.js";
import type { AuditContext } from "../../platform/audit.js";
import { AppError } from "../../platform/errors.js";
import { readAnnexWorkbook } from "../../reports/annex-workbook.js";
import { createFrameworkVersion, loadVersion } from "./frameworks.service.js";

export const maxAnnexBytes = 5 * 1024 * 1024;

export async function importAnnex(
  db: Db,
  code: string,
  input: { fileName: string; contentBase64: string; note?: string },
  ctx: AuditContext,
): Promise<{ code: string; version: number }> {
  if (!/\.xlsx$/i.test(input.fileName)) {
    throw new AppError("VALIDATION_FAILED", {}, [{ field: "fileName", message: "Chỉ nhận tệp Excel .xlsx" }]);
  }
  const content = Buffer.from(input.contentBase64, "base64");
  if (content.length === 0)
    throw new AppError("VALIDATION_FAILED", {}, [{ field: "contentBase64", message: "Tệp rỗng" }]);
  if (content.length > maxAnnexBytes) {
    throw new AppError("VALIDATION_FAILED", {}, [{ field: "contentBase64", message: "Tệp lớn hơn 5 MB" }]);
  }
  const current = await loadVersion(db, code);
  const read = await readAnnexWorkbook(content);
  const applied = applyAnnex(current.framework.def, read.rows);
  const issues = [
    ...read.issues.map((i) => ({
      field: i.column,
      row: i.row,
      message: i.sheet ? `${i.sheet}: ${i.message}` : i.message,
    })),
    ...applied.issues.map((i) => ({ field: i.column, row: i.row, message: i.message })),
  ];
  if (issues.length > 0) {
    throw new AppError(
      "FRAMEWORK_INVALID",
      { file: input.fileName, count: issues.length },
      issues.slice(0, 200),
    );
  }
  if (JSON.stringify(applied.def) === JSON.stringify(current.framework.def)) {
    throw new AppError("VALIDATION_FAILED", {}, [
      { field: "contentBase64", message: "Phụ lục không có giá trị nào khác phiên bản đang áp dụng" },
    ]);
  }
  const note = input.note ?? `Nhập phụ lục “${input.fileName}”`;
  const text = `# Từ phụ lục “${input.fileName}” trên phiên bản ${current.row.version}\n${stringify(applied.def, { lineWidth: 0 })}`;
  const created = await createFrameworkVersion(
    db,
    { text, fileName: input.fileName.replace(/\.xlsx$/i, ".yaml"), note },
    ctx,
  );
  return { code: created.code, version: created.version };
}
