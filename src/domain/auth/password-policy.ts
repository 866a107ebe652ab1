// A password must be long enough and mix letters and digits; the rule is stated in WEAK_PASSWORD.
export const minimumPasswordLength = 10;

export function isStrongEnough(password: string): boolean {
  return password.length >= minimumPasswordLength && /\p{L}/u.test(password) && /\d/.test(password);
}
