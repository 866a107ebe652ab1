// Reads an evidence upload (multipart/form-data: a few text fields and one file) as a stream:
// the file goes straight to the file store, whatever order the parts come in, and a file past
// the size limit is refused as soon as the limit is passed.
import type { FastifyRequest } from "fastify";
import { safeFileName } from "../../../domain/text/file-names.js";
import { AppError } from "../../platform/errors.js";
import { type FileStore, FileTooLargeError, type ReceivedFile } from "../../platform/file-store.js";

export interface Upload {
  fields: Record<string, string>;
  fileName: string;
  file: ReceivedFile;
}

/** Room for the text fields and part headers around the file. */
const formOverheadBytes = 64 * 1024;

export const megabytes = (bytes: number) =>
  `${(bytes / 1024 / 1024).toLocaleString("vi-VN", { maximumFractionDigits: 2 })} MB`;

const invalid = (field: string, message: string) =>
  new AppError("VALIDATION_FAILED", {}, [{ field, message }]);
const malformed = invalid("(body)", "Nội dung tải lên bị cắt ngang hoặc không đúng dạng multipart/form-data");

/** A request whose declared length already says the file is too large. */
function declaredOversize(request: FastifyRequest, maxBytes: number): boolean {
  const declared = Number(request.headers["content-length"]);
  return Number.isFinite(declared) && declared > maxBytes + formOverheadBytes;
}

function fromMultipartError(error: unknown, fileName: string, maxBytes: number): unknown {
  if (error instanceof AppError) return error;
  if (error instanceof FileTooLargeError)
    return new AppError("FILE_TOO_LARGE", { file: fileName, max: megabytes(maxBytes) });
  switch ((error as { code?: string }).code) {
    case "FST_REQ_FILE_TOO_LARGE":
      return new AppError("FILE_TOO_LARGE", { file: fileName, max: megabytes(maxBytes) });
    case "FST_FILES_LIMIT":
      return invalid("file", "Mỗi lần chỉ gửi một tệp");
    case "FST_PARTS_LIMIT":
    case "FST_FIELDS_LIMIT":
      return invalid("(body)", "Biểu mẫu có quá nhiều trường");
    case "FST_PROTO_VIOLATION":
    case "FST_INVALID_JSON_FIELD_ERROR":
      return invalid("(body)", "Biểu mẫu có trường không hợp lệ");
    case "FST_INVALID_MULTIPART_CONTENT_TYPE":
      return new AppError("UNSUPPORTED_MEDIA_TYPE");
    case "FST_MP_PREMATURE_CLOSE":
      return malformed;
  }
  // The parser's own complaints about a cut or garbled body (not disk or other server faults).
  if (error instanceof Error && /multipart|terminated early|boundary/i.test(error.message)) return malformed;
  return error;
}

export async function readUpload(
  request: FastifyRequest,
  store: FileStore,
  maxBytes: number,
): Promise<Upload> {
  if (!request.isMultipart()) throw new AppError("UNSUPPORTED_MEDIA_TYPE");
  const tooLarge = declaredOversize(request, maxBytes);
  const fields: Record<string, string> = {};
  let file: ReceivedFile | undefined;
  let fileName = "tải lên";
  try {
    const parts = request.parts({
      limits: { files: 1, fields: 10, parts: 12, fieldSize: 4096, fileSize: maxBytes + 1, headerPairs: 100 },
    });
    for await (const part of parts) {
      if (part.type === "field") {
        fields[part.fieldname] = String(part.value);
        continue;
      }
      fileName = safeFileName(part.filename ?? "");
      // Refused at the file's first bytes, with its name, when the request said its size up front.
      if (tooLarge) throw new FileTooLargeError(maxBytes);
      file = await store.receive("evidence", part.file, maxBytes);
    }
  } catch (error) {
    if (file) await store.discard(file);
    throw fromMultipartError(error, fileName, maxBytes);
  }
  if (!file) throw invalid("file", "Chưa chọn tệp tài liệu minh chứng");
  return { fields, fileName, file };
}
