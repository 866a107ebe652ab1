// Glue between antd forms, the zod contracts and the server's errors: a field is checked in
// the browser by the same schema the server uses, and a server refusal lands on its field.
import type { FormInstance, FormRule as Rule } from "antd";
import type { z } from "zod";
import type { Translate } from "../i18n/index.js";
import type { ApiError } from "./api.js";
import { matchesSearch } from "./format.js";

/** The interface's own wording for the usual problems; zod's wording for the rest. */
function describeIssue(issue: z.core.$ZodIssue, t: Translate): string {
  if (issue.code === "too_small" && issue.origin === "string")
    return t("validation.tooShort", { min: Number(issue.minimum) });
  if (issue.code === "too_big" && issue.origin === "string")
    return t("validation.tooLong", { max: Number(issue.maximum) });
  if (issue.code === "invalid_format" && issue.format === "email") return t("validation.email");
  return issue.message || t("validation.invalid");
}

/** Checks a non-empty value against the contract's schema for that field. */
export function zodRule(schema: z.ZodType, t: Translate, message?: string): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      if (value === undefined || value === null || value === "") return;
      const result = schema.safeParse(value);
      const issue = result.error?.issues[0];
      if (issue) throw new Error(message ?? describeIssue(issue, t));
    },
  };
}

/** Turns "" from an emptied input into null, which the contracts use for "no value". */
export function emptyToNull<T extends Record<string, unknown>>(values: T): T {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, value === "" ? null : value]),
  ) as T;
}

// Codes whose message is about one known field, although the server sends no field details.
const fieldOfCode: Record<string, string> = {
  USERNAME_TAKEN: "username",
  AGENCY_CODE_TAKEN: "code",
  AGENCY_REQUIRED: "agencyId",
  AGENCY_INACTIVE: "agencyId",
  WRONG_CURRENT_PASSWORD: "currentPassword",
};

/**
 * Puts the server's complaints on the form's fields. Returns the message that fits no field
 * (to show above the form), or null when every complaint found its field.
 */
export function showServerErrors(
  form: FormInstance,
  error: ApiError,
  fields: readonly string[],
  overrides: Record<string, string> = {},
): string | null {
  const codeField = overrides[error.code] ?? fieldOfCode[error.code];
  const problems =
    error.code === "VALIDATION_FAILED" && error.details.length
      ? error.details
      : codeField
        ? [{ field: codeField, message: error.message }]
        : [];
  const placed = problems.filter((p) => fields.includes(p.field));
  form.setFields(placed.map((p) => ({ name: p.field, errors: [p.message] })));
  if (problems.length && placed.length === problems.length) return null;
  const unplaced = problems.filter((p) => !fields.includes(p.field));
  return unplaced.length
    ? `${error.message} ${unplaced.map((p) => `${p.field}: ${p.message}`).join("; ")}`
    : error.message;
}

/** Select search that ignores case and diacritics ("ha noi" finds "Hà Nội"). */
export const searchIgnoringDiacritics = {
  filterOption: (input: string, option?: { label?: unknown }) =>
    matchesSearch(input, String(option?.label ?? "")),
};
