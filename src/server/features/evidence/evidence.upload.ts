// Reads an evidence upload (multipart/form-data: a few text fields and one file) as a stream:
// the file goes straight to the file store, whatever order the parts come in, and a file past
// the size limit is refused as soon as the limit is passed.
import type { FastifyRequest } from "fastify";
import { safeFileName } from "../../../domain/text/file-names.js";
import { AppError } from "../../platform/errors.js";
import { type FileStore, FileTooLargeError, type ReceivedFile } from "../../platform/file-store.js";
import { declaredOversize, fromMultipartError, invalidPart } from "../../platform/multipart.js";
import { requireCleanText } from "../../platform/request-text.js";

export interface Upload {
  fields: Record<string, string>;
  fileName: string;
  file: ReceivedFile;
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
  if (!file) throw invalidPart("file", "Chưa chọn tệp tài liệu minh chứng");
  try {
    return { fields: requireCleanText(fields), fileName, file };
  } catch (error) {
    await store.discard(file);
    throw error;
  }
}
