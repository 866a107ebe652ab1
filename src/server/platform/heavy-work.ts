// Work that takes much memory or CPU at once (reading an uploaded workbook, writing a workbook,
// a report or a dossier) runs one piece at a time; the others wait their turn, and past a short
// queue a request is told to come back instead of piling up. So a few large uploads at once
// cannot take the server's memory, and the other core keeps answering everyone else.
import { AppError } from "./errors.js";
import { releaseMemory } from "./release-memory.js";

export class WorkQueue {
  #running = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(
    readonly concurrency: number,
    readonly maxWaiting: number,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.#running < this.concurrency) this.#running++;
    else {
      if (this.#waiting.length >= this.maxWaiting) throw new AppError("SERVER_BUSY");
      // The slot of a finished piece passes straight to the first in line.
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    }
    try {
      return await work();
    } finally {
      // What a piece left behind is collected before the next starts, so two never add up.
      releaseMemory();
      const next = this.#waiting.shift();
      if (next) next();
      else this.#running--;
    }
  }

  get running(): number {
    return this.#running;
  }

  get waiting(): number {
    return this.#waiting.length;
  }
}

/** The one queue of the process's heavy work. */
export const heavyWork = new WorkQueue(1, 8);
