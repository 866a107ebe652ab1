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

/** One agency's save as the application sends it to the database. */
export interface RawSave {
  cycleId: string;
  agencyId: string;
  values: { element: string; number: string | null; list: unknown[] | null }[];
}

/**
 * The commit rate of the application's own save transaction, replayed straight from a database
 * client with nothing of the application around it: the same locks and reads, the values and
 * their versions in one statement, the audit event, one connection per agency. What the
 * application loses against this is its own cost (HTTP, sign-in, checks, building statements).
 */
export async function rawSaveRate(url: string, saves: RawSave[], durationMs = 5000): Promise<number> {
  const pool = new pg.Pool({ connectionString: url, max: saves.length });
  let commits = 0;
  const until = performance.now() + durationMs;
  const started = performance.now();
  await Promise.all(
    saves.map(async (save, round) => {
      const client = await pool.connect();
      try {
        for (; performance.now() < until; round++) {
          await replaySave(client, save, round);
          commits++;
        }
      } finally {
        client.release();
      }
    }),
  );
  const rate = commits / ((performance.now() - started) / 1000);
  await pool.end();
  return rate;
}

/**
 * The statements of `saveValues` (features/cycles/values.service.ts): the guards' locks and reads
 * (`guardSave`, cycles.repo.ts) and `writeValues` (values.repo.ts), which also writes the audit event. Kept in step by
 * hand: when a save's statements change, change these too, or the ratio compares unlike things.
 */
async function replaySave(client: pg.PoolClient, save: RawSave, round: number) {
  const { cycleId, agencyId } = save;
  await client.query("begin");
  try {
    await client.query(
      `select c.*, (select v.id from frameworks f join framework_versions v
                      on v.framework_code = f.code and v.version = f.current_version
                    where f.code = c.framework_code)
       from cycles c where c.id = $1 for share`,
      [cycleId],
    );
    await client.query(
      `select s.*, array(select element_code from cycle_assignments a
                         where a.cycle_id = s.cycle_id and a.agency_id = s.agency_id),
              array(select element_code from cycle_assignments a
                    where a.cycle_id = s.cycle_id and a.agency_id = s.agency_id
                      and a.no_data_reason is not null)
       from submissions s where s.cycle_id = $1 and s.agency_id = $2 for update`,
      [cycleId, agencyId],
    );
    const existing = await client.query<{ id: string; element_code: string; version: number }>(
      "select id, element_code, version, value_number, value_list from data_values where cycle_id = $1 and agency_id = $2 for update",
      [cycleId, agencyId],
    );
    const byElement = new Map(existing.rows.map((r) => [r.element_code, r]));
    const changes = save.values.map((v) => {
      const current = byElement.get(v.element);
      return {
        id: current?.id ?? crypto.randomUUID(),
        element: v.element,
        version: (current?.version ?? 0) + 1,
        number: v.number === null ? null : String(Number(v.number) + (round % 2)),
        list: v.list === null ? null : JSON.stringify(v.list),
      };
    });
    await client.query(
      `with change as (
         select * from unnest($1::uuid[], $2::text[], $3::int[], $4::numeric[], $5::jsonb[])
           as c(id, element_code, version, value_number, value_list)
       ), value as (
         insert into data_values (id, cycle_id, agency_id, element_code, value_number, value_list, version,
                                  review_status, updated_by, updated_at)
         select id, $6::uuid, $7::uuid, element_code, value_number, value_list, version, 'pending', null, now() from change
         on conflict (cycle_id, agency_id, element_code) do update set
           value_number = excluded.value_number, value_list = excluded.value_list, version = excluded.version,
           updated_at = excluded.updated_at
       ), version as (
         insert into data_value_versions (value_id, version, value_number, value_list, changed_by, changed_at)
         select id, version, value_number, value_list, null, now() from change
       )
       insert into audit_events (type, entity_type, entity_id, agency_id, summary, after, actor_user_id)
       values ('submission.values_saved', 'submission', $6::text, $7, $8, $9, null)`,
      [
        changes.map((c) => c.id),
        changes.map((c) => c.element),
        changes.map((c) => c.version),
        changes.map((c) => c.number),
        changes.map((c) => c.list),
        cycleId,
        agencyId,
        `Lưu ${changes.length} số liệu`,
        JSON.stringify(save.values),
      ],
    );
    await client.query("commit");
  } catch (error) {
    await client.query("rollback");
    throw error;
  }
}
