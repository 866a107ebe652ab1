// The raw commit rate of a database server: transactions that each insert `rows` rows and are
// flushed to disk before they return, from `connections` clients at once, with no application in
// between. The ceiling against which the application's own save rate is read.
import path from "node:path";
import pg from "pg";

/** The embedded server of a data directory, reached through its socket. */
export const embeddedUrl = (dataDir: string) =>
  `postgres://postgres@localhost/postgres?host=${encodeURIComponent(path.join(dataDir, "run"))}`;

export async function rawCommitRate(
  url: string,
  rows: number,
  connections = 20,
  durationMs = 5000,
): Promise<number> {
  const pool = new pg.Pool({ connectionString: url, max: connections });
  const table = `bench_commits_${process.pid}`;
  await pool.query(
    `create table ${table} (id bigserial primary key, k int, v numeric, at timestamptz default now())`,
  );
  try {
    let commits = 0;
    const until = performance.now() + durationMs;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (performance.now() < until) {
          await pool.query(`insert into ${table} (k, v) select g, g from generate_series(1, ${rows}) g`);
          commits++;
        }
      }),
    );
    return commits / ((performance.now() - started) / 1000);
  } finally {
    await pool.query(`drop table ${table}`);
    await pool.end();
  }
}
