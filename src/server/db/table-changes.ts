// Notices of committed changes to the tables that in-process caches rest on. The triggers of
// migration 0004 send the table's name on one channel; PGlite delivers the notice while it
// finishes the commit, before the writer's transaction resolves, so no later read misses it.
import type { PGlite } from "@electric-sql/pglite";

export const tableChangeChannel = "pepi_table_changed";

export type TableChangeListener = (table: string) => void;

export interface TableChanges {
  /** Calls `listener` with a table's name after each commit that changed it; returns an unsubscribe. */
  subscribe(listener: TableChangeListener): () => void;
}

export async function listenToTableChanges(client: PGlite): Promise<TableChanges> {
  const listeners = new Set<TableChangeListener>();
  await client.listen(tableChangeChannel, (table) => {
    for (const listener of listeners) listener(table);
  });
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
