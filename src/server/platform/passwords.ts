import { randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (19 MiB, 2 passes), the OWASP baseline.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A random password people can type: no look-alike characters, always letters and digits. */
export function generatePassword(length = 16): string {
  const letters = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
  const digits = "23456789";
  const alphabet = letters + digits;
  const bytes = randomBytes(length);
  const chars = Array.from(bytes, (b) => alphabet[b % alphabet.length]);
  chars[0] = letters[bytes[0]! % letters.length]!;
  chars[length - 1] = digits[bytes[length - 1]! % digits.length]!;
  return chars.join("");
}

/** A hash to compare against when the user does not exist, so timing does not reveal that. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hash(randomBytes(16).toString("hex"));
  return dummyHash;
}
