// The letters of a plan's tasks, in the order Vietnamese documents use them: a, b, c, d, đ, e,
// g, h, i, k … (no f, j, w or z). Plans as issued sometimes use "f" all the same (seed 004 goes
// "e), f), g)"), so a letter as written is kept; only a new task is given the next letter.
export const vietnameseLetters = [
  "a",
  "b",
  "c",
  "d",
  "đ",
  "e",
  "g",
  "h",
  "i",
  "k",
  "l",
  "m",
  "n",
  "o",
  "p",
  "q",
  "r",
  "s",
  "t",
  "u",
  "v",
  "x",
  "y",
] as const;

/** A task's letter as documents write it: one lower-case letter, "đ" included. */
export function isTaskLetter(letter: string): boolean {
  return /^[a-zđ]$/u.test(letter);
}

/**
 * The letter after the last one used, in Vietnamese order ("đ" after "d", "g" after "e" or "f");
 * "" when every letter is used, for the person to write one.
 */
export function nextLetter(used: readonly string[]): string {
  const last = used.at(-1);
  if (!last) return "a";
  // A letter outside the Vietnamese order (f, j, w, z) continues from the Latin letter before it.
  const latin = "abcdefghijklmnopqrstuvwxyz";
  let at = vietnameseLetters.indexOf(last as (typeof vietnameseLetters)[number]);
  for (let i = latin.indexOf(last); at < 0 && i >= 0; i--)
    at = vietnameseLetters.indexOf(latin[i] as (typeof vietnameseLetters)[number]);
  const next = vietnameseLetters[at + 1];
  if (next && !used.includes(next)) return next;
  return vietnameseLetters.find((l) => !used.includes(l)) ?? "";
}
