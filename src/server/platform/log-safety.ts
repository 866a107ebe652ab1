// What an error may say in the log. A failed query's error carries its parameters (a password
// hash, a person's data) in its message and its fields; the log keeps the SQL with its
// placeholders, the error codes and the cause, never the values.
export interface LoggedError {
  [key: string]: unknown;
  type: string;
  message: string;
  stack: string;
  code?: string;
  constraint?: string;
  query?: string;
  cause?: LoggedError;
}

// The parameters run from "params: " to the end of the message, over as many lines as a value
// has, and in the stack up to its first frame.
const hideParams = (text: string) => text.replace(/\nparams: [\s\S]*?(?=\n\s+at |$)/, "\nparams: [ẩn]");

/** PostgreSQL's data errors (class 22) quote the refused value after a colon: keep what went wrong. */
const hideQuotedValue = (message: string, code: unknown) =>
  typeof code === "string" && code.startsWith("22") ? message.replace(/:[\s\S]*$/, ": [ẩn]") : message;

export function loggableError(error: unknown, depth = 0): LoggedError {
  // (Also pino's serializer for `err`, which calls it with the error alone.)
  if (!(error instanceof Error)) return { type: typeof error, message: "(không phải Error)", stack: "" };
  const e = error as Error & { code?: unknown; constraint?: unknown; query?: unknown; cause?: unknown };
  const logged: LoggedError = {
    type: e.name,
    message: hideQuotedValue(hideParams(e.message), e.code),
    stack: hideQuotedValue(hideParams(e.stack ?? ""), e.code),
  };
  if (typeof e.code === "string") logged.code = e.code;
  if (typeof e.constraint === "string") logged.constraint = e.constraint;
  if (typeof e.query === "string") logged.query = e.query;
  if (e.cause !== undefined && depth < 5) logged.cause = loggableError(e.cause, depth + 1);
  return logged;
}
