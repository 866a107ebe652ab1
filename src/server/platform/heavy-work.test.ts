import { describe, expect, it } from "vitest";
import { WorkQueue } from "./heavy-work.js";

const later = () => {
  let release!: () => void;
  const promise = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { promise, release };
};

describe("WorkQueue", () => {
  it("runs one piece at a time, in order, and refuses past the queue", async () => {
    const queue = new WorkQueue(1, 2);
    const order: string[] = [];
    const first = later();
    const a = queue.run(async () => {
      order.push("a");
      await first.promise;
    });
    const b = queue.run(async () => {
      order.push("b");
    });
    const c = queue.run(async () => {
      order.push("c");
    });
    await expect(queue.run(async () => {})).rejects.toMatchObject({ code: "SERVER_BUSY" });
    expect(order).toEqual(["a"]);
    expect(queue.waiting).toBe(2);
    first.release();
    await Promise.all([a, b, c]);
    expect(order).toEqual(["a", "b", "c"]);
    expect(queue.running).toBe(0);
  });

  it("frees the slot when a piece fails", async () => {
    const queue = new WorkQueue(1, 1);
    await expect(queue.run(async () => Promise.reject(new Error("hỏng")))).rejects.toThrow("hỏng");
    expect(await queue.run(async () => 42)).toBe(42);
    expect(queue.running).toBe(0);
  });
});
