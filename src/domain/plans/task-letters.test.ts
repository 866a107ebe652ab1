import { describe, expect, it } from "vitest";
import { isTaskLetter, nextLetter, vietnameseLetters } from "./task-letters.js";

describe("task letters", () => {
  it("follow the Vietnamese order: đ after d, g after e, k after i", () => {
    expect(nextLetter([])).toBe("a");
    expect(nextLetter(["a", "b", "c", "d"])).toBe("đ");
    expect(nextLetter(["a", "b", "c", "d", "đ", "e"])).toBe("g");
    expect(nextLetter(["h", "i"])).toBe("k");
  });

  it("continue after a letter a plan wrote outside that order", () => {
    // Seed 004, section 1: "e), f), g), h), k)".
    expect(nextLetter(["e", "f"])).toBe("g");
  });

  it("take the first free letter when the next one is used", () => {
    expect(nextLetter(["b", "a"])).toBe("c");
    expect(nextLetter(["c", "d", "a"])).toBe("b");
    expect(nextLetter([...vietnameseLetters])).toBe("");
  });

  it("accept one lower-case letter, đ included, and nothing else", () => {
    expect(isTaskLetter("đ")).toBe(true);
    expect(isTaskLetter("f")).toBe(true);
    expect(isTaskLetter("A")).toBe(false);
    expect(isTaskLetter("ab")).toBe(false);
    expect(isTaskLetter("1")).toBe(false);
  });
});
