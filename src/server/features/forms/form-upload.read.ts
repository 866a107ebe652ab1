// Reads the workbook of a form upload (multipart/form-data with one file) into memory, refusing
// it as soon as it passes the size limit. A workbook is opened whole anyway, so it is not put on disk.
import type { FastifyRequest } from "fastify";
import { safeFileName } from "../../../domain/text/file-names.js";
import { AppError } from "../../platform/errors.js";
import { megabytes } from "../evidence/evidence.upload.js";

const invalid = (message: string) => new AppError("VALIDATION_FAILED", {}, [{ field: "file", message }]);

export async function readWorkbookUpload(
  request: FastifyRequest,
  maxBytes: number,
): Promise<{ fileName: string; content: Buffer }> {
  if (!request.isMultipart()) throw new AppError("UNSUPPORTED_MEDIA_TYPE");
  let fileName = "biểu mẫu.xlsx";
  const tooLarge = () => new AppError("FILE_TOO_LARGE", { file: fileName, max: megabytes(maxBytes) });
  const declared = Number(request.headers["content-length"]);
  try {
    const part = await request.file({
      limits: { files: 1, fields: 5, fileSize: maxBytes, headerPairs: 100 },
    });
    if (!part) throw invalid("Chưa chọn tệp Excel");
    fileName = safeFileName(part.filename ?? "", 120, fileName);
    if (Number.isFinite(declared) && declared > maxBytes + 64 * 1024) throw tooLarge();
    const content = await part.toBuffer();
    if (part.file.truncated) throw tooLarge();
    return { fileName, content };
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code;
    if (code === "FST_REQ_FILE_TOO_LARGE") throw tooLarge();
    if (code === "FST_INVALID_MULTIPART_CONTENT_TYPE") throw new AppError("UNSUPPORTED_MEDIA_TYPE");
    if (code === "FST_FILES_LIMIT") throw invalid("Mỗi lần chỉ gửi một tệp");
    if (error instanceof Error && /multipart|terminated early|boundary|premature/i.test(error.message))
      throw invalid("Nội dung tải lên bị cắt ngang hoặc không đúng dạng multipart/form-data");
    throw error;
  }
}
