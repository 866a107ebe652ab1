// What a password must be: at least 12 characters with letters and digits, without the user
// name, and not a common password. The interface checks the first three as the person types;
// the server also checks the list of common passwords (`platform/common-passwords.ts`).
export const minimumPasswordLength = 12;

export const passwordProblems = ["short", "letters_digits", "username", "common"] as const;
export type PasswordProblem = (typeof passwordProblems)[number];

/** Lower case without diacritics or separators, so "Nguyen.Van-A" is found in "nguyenvana2026". */
const folded = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/gi, "d")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");

export function passwordProblem(
  password: string,
  username?: string | null,
  isCommon?: (password: string) => boolean,
): PasswordProblem | null {
  if ([...password].length < minimumPasswordLength) return "short";
  if (!/\p{L}/u.test(password) || !/\p{N}/u.test(password)) return "letters_digits";
  const name = username ? folded(username) : "";
  if (name.length >= 3 && folded(password).includes(name)) return "username";
  if (isCommon?.(password)) return "common";
  return null;
}

export function isStrongEnough(password: string, username?: string | null): boolean {
  return passwordProblem(password, username) === null;
}
