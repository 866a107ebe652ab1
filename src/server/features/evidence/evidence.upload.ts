// Reads a document upload (multipart/form-data: a few text fields and one file) as a stream:
// the file goes straight to the file store, whatever order the parts come in, and a file past
// the size limit is refused as soon as the limit is passed. Sends a stored document back.
import type { FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import { attachmentDisposition, safeFileName } from "../../../domain/text/file-names.js";
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
  /** What a request without a file lacks, in its own words. */
  missingFile = "Chưa chọn tệp tài liệu minh chứng",
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
  if (!file) throw invalidPart("file", missingFile);
  try {
    return { fields: requireCleanText(fields), fileName, file };
  } catch (error) {
    await store.discard(file);
    throw error;
  }
}

/** The text fields sent with a file, checked against their contract; refused field by field. */
export function uploadFields<T>(schema: z.ZodType<T>, fields: Record<string, string>): T {
  const parsed = schema.safeParse(fields);
  if (parsed.success) return parsed.data;
  throw new AppError(
    "VALIDATION_FAILED",
    {},
    parsed.error.issues.map((i) => ({ field: i.path.join(".") || "(body)", message: i.message })),
  );
}

/** A stored document sent back as it was received, named for the person downloading it. */
export function sendStoredDocument(
  reply: FastifyReply,
  store: FileStore,
  file: { mediaType: string; fileName: string; sizeBytes: number; sha256: string },
) {
  return reply
    .type(file.mediaType)
    .header("content-disposition", attachmentDisposition(file.fileName))
    .header("content-length", file.sizeBytes)
    .header("x-content-type-options", "nosniff")
    .send(store.read("evidence", file.sha256));
}
