// One error type for everything a user can meet. Routes and services throw it; the error
// handler in http.ts is the only place that turns it into an HTTP response.
import { type ErrorCode, errorCatalog } from "../../contracts/errors.js";

export interface ErrorDetail {
  field: string;
  message: string;
  line?: number;
  row?: number;
  indicator?: string;
  /** For problems in an uploaded workbook: the sheet and the column (letter) of the cell. */
  sheet?: string;
  column?: string;
}

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly details?: ErrorDetail[],
    options?: ErrorOptions,
  ) {
    super(code, options);
    this.name = "AppError";
    this.status = errorCatalog[code].status;
  }
}

export const notFound = (entity: string) => new AppError("NOT_FOUND", { entity });
export const forbidden = () => new AppError("FORBIDDEN");
