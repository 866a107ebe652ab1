import { describe, expect, it } from "vitest";
import type { TableChangeListener, TableChanges } from "../db/table-changes.js";
import { TableCache } from "./table-cache.js";

/** Change notices sent by hand, as the database's triggers would send them at commit. */
function handChanges() {
  const listeners = new Set<TableChangeListener>();
  const changes: TableChanges = {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const commit = (table: string) => {
    for (const listener of listeners) listener(table);
  };
  return { changes, commit };
}

function countingLoader<V>(value: V) {
  const loader = {
    reads: 0,
    load: async () => {
      loader.reads++;
      return value;
    },
  };
  return loader;
}

describe("TableCache", () => {
  it("reads once and keeps the value until a table it rests on changes", async () => {
    const { changes, commit } = handChanges();
    const cache = new TableCache<string>(changes, ["users", "agencies"]);
    const loader = countingLoader("Sở Xây dựng");
    expect(await cache.get("k", loader.load)).toBe("Sở Xây dựng");
    expect(await cache.get("k", loader.load)).toBe("Sở Xây dựng");
    expect(loader.reads).toBe(1);

    commit("cycles");
    await cache.get("k", loader.load);
    expect(loader.reads).toBe(1);

    commit("agencies");
    await cache.get("k", loader.load);
    expect(loader.reads).toBe(2);
  });

  it("reads every time without change notices (PostgreSQL)", async () => {
    const cache = new TableCache<number>(null, ["users"]);
    const loader = countingLoader(7);
    await cache.get("k", loader.load);
    await cache.get("k", loader.load);
    expect(loader.reads).toBe(2);
    expect(cache.size).toBe(0);
  });

  it("does not keep a value read before a change that committed while it was read", async () => {
    const { changes, commit } = handChanges();
    const cache = new TableCache<string>(changes, ["sessions"]);
    let finishRead: (value: string) => void = () => {};
    const pending = cache.get("token", () => new Promise<string>((resolve) => (finishRead = resolve)));
    commit("sessions");
    finishRead("phiên cũ");
    expect(await pending).toBe("phiên cũ");
    const loader = countingLoader("phiên mới");
    expect(await cache.get("token", loader.load)).toBe("phiên mới");
    expect(loader.reads).toBe(1);
  });

  it("keeps nothing for a value that was not found", async () => {
    const { changes } = handChanges();
    const cache = new TableCache<string>(changes, ["sessions"]);
    const loader = countingLoader<string | undefined>(undefined);
    await cache.get("unknown", loader.load);
    await cache.get("unknown", loader.load);
    expect(loader.reads).toBe(2);
  });

  it("holds at most its bound, dropping the oldest value first", async () => {
    const { changes } = handChanges();
    const cache = new TableCache<number>(changes, ["sessions"], 2);
    for (const key of ["a", "b", "c"]) await cache.get(key, async () => key.charCodeAt(0));
    expect(cache.size).toBe(2);
    const loader = countingLoader(97);
    await cache.get("a", loader.load);
    expect(loader.reads).toBe(1);
    await cache.get("c", loader.load);
    expect(loader.reads).toBe(1);
  });
});
