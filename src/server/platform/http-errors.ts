// The one place where errors become HTTP responses. A user never sees a stack trace or SQL:
// unknown errors are logged with the request id and answered with INTERNAL.
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import {
  type ErrorCode,
  type ErrorResponse,
  errorCatalog,
  formatErrorMessage,
} from "../../contracts/errors.js";
import { AppError, type ErrorDetail } from "./errors.js";
import { requestLocale } from "./locale.js";

const connectionErrorCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "57P01", // admin_shutdown
  "57P03", // cannot_connect_now
  "08000",
  "08001",
  "08003",
  "08006",
]);

type ErrorLike = { code?: string; cause?: unknown; message?: string };

/** Whether the error, or anything that caused it, matches. */
function someCause(error: unknown, matches: (e: ErrorLike) => boolean): boolean {
  for (let e = error as ErrorLike | undefined, depth = 0; e && depth < 10; e = e.cause as never, depth++)
    if (matches(e)) return true;
  return false;
}

const isDatabaseUnavailable = (error: unknown) =>
  someCause(
    error,
    (e) =>
      (e.code !== undefined && connectionErrorCodes.has(e.code)) ||
      /Connection terminated|timeout exceeded when trying to connect/i.test(e.message ?? ""),
  );

export function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  const fastifyError = error as FastifyError;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = (fastifyError as { validationContext?: string }).validationContext;
    const details: ErrorDetail[] = error.validation.map((v) => {
      const path = v.instancePath.replace(/^\//, "").replaceAll("/", ".");
      return { field: path || where || "(body)", message: v.message ?? "" };
    });
    return new AppError("VALIDATION_FAILED", {}, details);
  }
  switch (fastifyError.code) {
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return new AppError("MALFORMED_JSON");
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return new AppError("BODY_TOO_LARGE");
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return new AppError("UNSUPPORTED_MEDIA_TYPE");
  }
  if (error instanceof SyntaxError && fastifyError.statusCode === 400) return new AppError("MALFORMED_JSON");
  if (someCause(error, (e) => e.code === "ENOSPC" || e.code === "53100")) return new AppError("STORAGE_FULL");
  if (someCause(error, (e) => e.code === "57014" || /Query read timeout/.test(e.message ?? "")))
    return new AppError("DATABASE_TIMEOUT");
  if (isDatabaseUnavailable(error)) return new AppError("DATABASE_UNAVAILABLE");
  // A unique key met twice: two requests created the same thing at once; the second wrote nothing.
  if (someCause(error, (e) => e.code === "23505")) return new AppError("CONCURRENT_DUPLICATE");
  return undefined;
}

export function errorBody(error: AppError, request: FastifyRequest): ErrorResponse {
  const locale = requestLocale(request);
  return {
    error: {
      code: error.code,
      message: formatErrorMessage(error.code, error.params, locale),
      requestId: String(request.id),
      ...(error.details ? { details: error.details } : {}),
    },
  };
}

export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const appError = toAppError(error);
  if (appError) {
    // The logger's `err` serializer (platform/log-safety.ts) takes the query's values out.
    if (appError.status >= 500) request.log.error({ err: error }, `request failed: ${appError.code}`);
    else request.log.info({ code: appError.code }, "request refused");
    return reply.status(appError.status).send(errorBody(appError, request));
  }
  if (isResponseSerializationError(error as never)) {
    request.log.error({ err: error }, "response did not match its contract");
  } else {
    request.log.error({ err: error }, "unexpected error");
  }
  const internal = new AppError("INTERNAL");
  return reply.status(500).send(errorBody(internal, request));
}

export function sendError(reply: FastifyReply, request: FastifyRequest, code: ErrorCode, params = {}) {
  const error = new AppError(code, params);
  return reply.status(errorCatalog[code].status).send(errorBody(error, request));
}
