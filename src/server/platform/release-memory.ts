// A full collection between the heavy steps of one piece of work (the pieces of a long table,
// the report before the workbook), so what one step left is not still held when the next peaks.
// Only when the server runs with --expose-gc (scripts/serve.sh); elsewhere it does nothing.
import v8 from "node:v8";

const collect = (globalThis as { gc?: () => void }).gc;

/**
 * Collects now; with `whenHeapAboveMb`, only once the heap holds more than that, since a full
 * collection costs some tens of milliseconds and small documents need none.
 */
export function releaseMemory(options: { whenHeapAboveMb?: number } = {}): void {
  if (!collect) return;
  const limit = options.whenHeapAboveMb;
  if (limit !== undefined && v8.getHeapStatistics().used_heap_size < limit * 1024 * 1024) return;
  collect();
}
