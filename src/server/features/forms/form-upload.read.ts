// Reads the workbook of a form upload (multipart/form-data with one file) into memory, refusing
// it as soon as it passes the size limit. A workbook is opened whole anyway, so it is not put on disk.
import type { FastifyRequest } from "fastify";
import { safeFileName } from "../../../domain/text/file-names.js";
import { AppError } from "../../platform/errors.js";
import { FileTooLargeError } from "../../platform/file-store.js";
import { declaredOversize, fromMultipartError, invalidPart } from "../../platform/multipart.js";

export async function readWorkbookUpload(
  request: FastifyRequest,
  maxBytes: number,
): Promise<{ fileName: string; content: Buffer }> {
  if (!request.isMultipart()) throw new AppError("UNSUPPORTED_MEDIA_TYPE");
  let fileName = "biểu mẫu.xlsx";
  try {
    const part = await request.file({
      limits: { files: 1, fields: 5, fileSize: maxBytes, headerPairs: 100 },
    });
    if (!part) throw invalidPart("file", "Chưa chọn tệp Excel");
    fileName = safeFileName(part.filename ?? "", 120, fileName);
    if (declaredOversize(request, maxBytes)) throw new FileTooLargeError(maxBytes);
    const content = await part.toBuffer();
    if (part.file.truncated) throw new FileTooLargeError(maxBytes);
    return { fileName, content };
  } catch (error) {
    throw fromMultipartError(error, fileName, maxBytes);
  }
}
