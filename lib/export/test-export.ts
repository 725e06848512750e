// Helpers for the export tests: reading a whole export, and a connection that
// records the statements it runs (to see the pages being read one by one).
import type { SqlConnection } from "@/lib/db/sql";

/** Every row of an export, as NDJSON lines parsed back (what a reader of the file gets). */
export async function ndjsonOf<T>(rows: AsyncIterable<T>): Promise<unknown[]> {
  let text = "";
  for await (const row of rows) text += `${JSON.stringify(row)}\n`;
  return text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as unknown);
}

/** The connection, and the SELECTs it ran that read `table` (the export's pages). */
export function recordingSql(sql: SqlConnection, table: string): { sql: SqlConnection; pages: string[] } {
  const pages: string[] = [];
  const recording: SqlConnection = {
    provider: sql.provider,
    all: (text, params) => {
      if (new RegExp(`FROM ${table}\\b`).test(text)) pages.push(text);
      return sql.all(text, params);
    },
    run: (text, params) => sql.run(text, params),
    transaction: (fn) => sql.transaction(fn),
    tryLock: (name) => sql.tryLock(name),
    close: () => sql.close(),
  };
  return { sql: recording, pages };
}

/** A CSV download read back as its lines. */
export async function csvLinesOf(stream: ReadableStream<Uint8Array>): Promise<string[]> {
  const text = await new Response(stream).text();
  return text.split("\n").slice(0, -1);
}
