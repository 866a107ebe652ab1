// Every text that comes in (JSON body, query string, path, multipart fields) is checked and
// normalised before anything reads it: a NUL character or half of a surrogate pair cannot be
// stored in PostgreSQL and used to end as a 500; now it is a 400 that names the field. Other
// text is normalised to NFC, so "Thừa Thiên Huế" typed in decomposed form matches the stored one.
import type { FastifyInstance } from "fastify";
import { AppError, type ErrorDetail } from "./errors.js";

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function problemIn(text: string): string | undefined {
  // Both usually come from pasting out of another file: say what to do, not what they are.
  if (text.includes("\u0000") || loneSurrogate.test(text))
    return "chứa ký tự không hợp lệ (thường do dán từ tệp khác); hãy gõ lại đoạn này";
  return undefined;
}

const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

/** The value with every string normalised to NFC; problems are added with their field. */
export function cleanText(value: unknown, path: string, problems: ErrorDetail[]): unknown {
  if (typeof value === "string") {
    const problem = problemIn(value);
    if (problem) problems.push({ field: path || "(body)", message: problem });
    return problem ? value : value.normalize("NFC");
  }
  if (Array.isArray(value)) return value.map((item, i) => cleanText(item, join(path, i), problems));
  if (value !== null && typeof value === "object" && !Buffer.isBuffer(value)) {
    const cleaned: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const keyProblem = problemIn(key);
      if (keyProblem)
        problems.push({ field: join(path, key.replaceAll("\u0000", "\\0")), message: keyProblem });
      cleaned[key.normalize("NFC")] = cleanText(item, join(path, key), problems);
    }
    return cleaned;
  }
  return value;
}

/** Cleans `value` or refuses the request, listing every bad field. */
export function requireCleanText<T>(value: T, path = ""): T {
  const problems: ErrorDetail[] = [];
  const cleaned = cleanText(value, path, problems) as T;
  if (problems.length > 0) throw new AppError("VALIDATION_FAILED", {}, problems.slice(0, 50));
  return cleaned;
}

export function registerTextGuard(app: FastifyInstance) {
  // Before validation, so the schemas see clean text; after the session hook, so a request
  // without a session is still refused as such.
  app.addHook("preValidation", async (request) => {
    if (!request.url.startsWith("/api/")) return;
    const problems: ErrorDetail[] = [];
    request.params = cleanText(request.params, "", problems) as typeof request.params;
    request.query = cleanText(request.query, "", problems) as typeof request.query;
    if (request.body !== undefined && !Buffer.isBuffer(request.body))
      request.body = cleanText(request.body, "", problems);
    if (problems.length > 0) throw new AppError("VALIDATION_FAILED", {}, problems.slice(0, 50));
  });
}
