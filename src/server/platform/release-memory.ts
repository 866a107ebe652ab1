// A full collection between the heavy steps of one piece of work (the pieces of a long table,
// the report before the workbook), so what one step left is not still held when the next peaks.
// Only when the server runs with --expose-gc (scripts/serve.sh); elsewhere it does nothing.
const collect = (globalThis as { gc?: () => void }).gc;

export function releaseMemory(): void {
  collect?.();
}
