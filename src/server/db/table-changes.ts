// Notices of committed changes to the tables that in-process caches rest on. The triggers of
// migrations 0004, 0005 and 0013 send the table's name on one channel. Every connection of the pool listens on
// it, so the connection that commits a change gets its own notice first: PostgreSQL delivers a
// session's own notifications before it reports the commit done, so the cache is cleared
// before the writer goes on and no later read misses it. (Notices from the other connections
// arrive too, later; a repeated clear costs nothing.)
import type pg from "pg";

export const tableChangeChannel = "pepi_table_changed";

export type TableChangeListener = (table: string) => void;

export interface TableChanges {
  /** Calls `listener` with a table's name after each commit that changed it; returns an unsubscribe. */
  subscribe(listener: TableChangeListener): () => void;
}

/**
 * The notices, and the hook that makes each new connection of a pool listen before the pool
 * hands it out (pg-pool's `onConnect`).
 */
export function tableChangeListener(): {
  changes: TableChanges;
  onConnect: (client: pg.PoolClient) => Promise<void>;
} {
  const listeners = new Set<TableChangeListener>();
  return {
    changes: {
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    async onConnect(client) {
      client.on("notification", (message) => {
        if (message.channel !== tableChangeChannel || !message.payload) return;
        for (const listener of listeners) listener(message.payload);
      });
      await client.query(`listen ${tableChangeChannel}`);
    },
  };
}
