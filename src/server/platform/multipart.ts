// The shared part of reading a multipart/form-data upload: a size refused from the declared
// length before the body is read, and the parser's error codes turned into Vietnamese errors
// that say which part is wrong. Evidence files and Excel forms both go through it.
import type { FastifyRequest } from "fastify";
import { AppError } from "./errors.js";
import { FileTooLargeError } from "./file-store.js";

/** Room for the text fields and part headers around the file. */
const formOverheadBytes = 64 * 1024;

export const megabytes = (bytes: number) =>
  `${(bytes / 1024 / 1024).toLocaleString("vi-VN", { maximumFractionDigits: 2 })} MB`;

export const invalidPart = (field: string, message: string) =>
  new AppError("VALIDATION_FAILED", {}, [{ field, message }]);
const malformed = invalidPart(
  "(body)",
  "Nội dung tải lên bị cắt ngang hoặc không đúng dạng multipart/form-data",
);

/** A request whose declared length already says the file is too large. */
export function declaredOversize(request: FastifyRequest, maxBytes: number): boolean {
  const declared = Number(request.headers["content-length"]);
  return Number.isFinite(declared) && declared > maxBytes + formOverheadBytes;
}

export function fromMultipartError(error: unknown, fileName: string, maxBytes: number): unknown {
  if (error instanceof AppError) return error;
  if (error instanceof FileTooLargeError)
    return new AppError("FILE_TOO_LARGE", { file: fileName, max: megabytes(maxBytes) });
  switch ((error as { code?: string }).code) {
    case "FST_REQ_FILE_TOO_LARGE":
      return new AppError("FILE_TOO_LARGE", { file: fileName, max: megabytes(maxBytes) });
    case "FST_FILES_LIMIT":
      return invalidPart("file", "Mỗi lần chỉ gửi một tệp");
    case "FST_PARTS_LIMIT":
    case "FST_FIELDS_LIMIT":
      return invalidPart("(body)", "Biểu mẫu có quá nhiều trường");
    case "FST_PROTO_VIOLATION":
    case "FST_INVALID_JSON_FIELD_ERROR":
      return invalidPart("(body)", "Biểu mẫu có trường không hợp lệ");
    case "FST_INVALID_MULTIPART_CONTENT_TYPE":
      return new AppError("UNSUPPORTED_MEDIA_TYPE");
    case "FST_MP_PREMATURE_CLOSE":
      return malformed;
  }
  // The parser's own complaints about a cut or garbled body (not disk or other server faults).
  if (error instanceof Error && /multipart|terminated early|boundary|premature/i.test(error.message))
    return malformed;
  return error;
}
