// The one way the interface talks to the server: JSON over fetch with the session cookie.
// Every failure becomes an ApiError carrying the server's code, localised message and request id.
import { errorResponseSchema } from "../../contracts/errors.js";
import { currentLocale, translate } from "../i18n/index.js";

export interface FieldProblem {
  field: string;
  message: string;
  /** Where the problem is in an uploaded file (line of a framework file, row of a CSV). */
  line?: number;
  row?: number;
  indicator?: string;
  /** Where the problem is in an uploaded workbook: sheet and column (letter), with `row`. */
  sheet?: string;
  column?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId: string | null = null,
    readonly details: FieldProblem[] = [],
  ) {
    super(message);
    this.name = "ApiError";
  }
}

let onUnauthenticated: () => void = () => {};
/** Called on any 401 outside signing in, so that the app can send the person to the login page. */
export function setUnauthenticatedHandler(handler: () => void) {
  onUnauthenticated = handler;
}

type QueryValue = string | number | boolean | null | undefined;

export function withQuery(path: string, query: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    // A FormData body (file uploads) sets its own multipart content type and boundary.
    const isForm = body instanceof FormData;
    response = await fetch(path, {
      method,
      credentials: "same-origin",
      headers: body === undefined || isForm ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, "NETWORK", translate(currentLocale(), "error.network"));
  }
  const payload: unknown = await response.json().catch(() => undefined);
  if (response.ok) return payload as T;

  const parsed = errorResponseSchema.safeParse(payload);
  const error = parsed.success
    ? new ApiError(
        response.status,
        parsed.data.error.code,
        parsed.data.error.message,
        parsed.data.error.requestId,
        parsed.data.error.details ?? [],
      )
    : new ApiError(response.status, "INTERNAL", translate(currentLocale(), "error.generic"));
  const isSignInAttempt = path.startsWith("/api/auth/login") || path.startsWith("/api/auth/me");
  if (response.status === 401 && !isSignInAttempt) onUnauthenticated();
  throw error;
}

export const api = {
  get: <T>(path: string) => request<T>("GET", path),
  post: <T>(path: string, body?: unknown) => request<T>("POST", path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>("PATCH", path, body),
  put: <T>(path: string, body: unknown) => request<T>("PUT", path, body),
  delete: <T>(path: string) => request<T>("DELETE", path),
  upload: <T>(path: string, form: FormData) => request<T>("POST", path, form),
};

export const isApiError = (error: unknown, status?: number): error is ApiError =>
  error instanceof ApiError && (status === undefined || error.status === status);
