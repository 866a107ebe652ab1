// The common-password list of @zxcvbn-ts/language-common (about 49,000 passwords seen most
// often in breaches, maintained with that project), loaded on the first password check.
import { createRequire } from "node:module";
import { passwordProblemTexts } from "../../contracts/errors.js";
import { passwordProblem } from "../../domain/auth/password-policy.js";
import { AppError } from "./errors.js";

let common: Set<string> | undefined;

function list(): Set<string> {
  if (!common) {
    const require = createRequire(import.meta.url);
    const { dictionary } = require("@zxcvbn-ts/language-common") as {
      dictionary: { "passwords-common": string[] };
    };
    common = new Set(dictionary["passwords-common"]);
  }
  return common;
}

/**
 * Common as it is, or once the digits and signs around a common word are taken off
 * ("Password2026!" is "password"): long enough to pass the length rule, just as easy to guess.
 */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  const words = list();
  return words.has(lower) || (core.length >= 4 && words.has(core));
}

/** Refuses a password that breaks the policy, naming the field and the reason. */
export function requireAcceptablePassword(password: string, username: string | null, field: string): void {
  const problem = passwordProblem(password, username, isCommonPassword);
  if (problem)
    throw new AppError("WEAK_PASSWORD", { reason: problem }, [
      { field, message: passwordProblemTexts[problem]!.vi },
    ]);
}
