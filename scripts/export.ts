// npm run export -- <calls|comments|reviews> [flags]: every call, comment or
// score review as NDJSON (or CSV with --format csv) on stdout, read a page at a time.
import { loadEnvOrExit } from "../lib/env";
import { openSql } from "../lib/db/sql";
import { exportCalls, exportCsvHeader, exportCsvLine } from "../lib/export/calls";
import { EXPORT_USAGE, type ExportRequest, parseExportArgs } from "../lib/export/cli";
import { commentCsvHeader, commentCsvLine, exportComments } from "../lib/export/comments";
import { exportReviews, reviewCsvHeader, reviewCsvLine } from "../lib/export/reviews";

const parsed = parseExportArgs(process.argv.slice(2));
if ("error" in parsed) {
  console.error(`${parsed.error}\n${EXPORT_USAGE}`);
  process.exit(2);
}
const request: ExportRequest = parsed;
const env = loadEnvOrExit();
const sql = await openSql(env.DATABASE_URL);
const everything = { where: "1 = 1", params: [] };
let count = 0;
const write = (line: string) => (process.stdout.write(line) ? Promise.resolve() : new Promise<void>((resolve) => process.stdout.once("drain", () => resolve())));

async function emit<T>(rows: AsyncIterable<T>, csv: { header: string; line: (row: T) => string }): Promise<void> {
  if (request.format === "csv") await write(`${csv.header}\n`);
  for await (const row of rows) {
    await write(`${request.format === "csv" ? csv.line(row) : JSON.stringify(row)}\n`);
    count++;
  }
}

try {
  if (request.kind === "calls") await emit(exportCalls(sql, everything, { withTranscript: request.withTranscript }), { header: exportCsvHeader(), line: exportCsvLine });
  if (request.kind === "comments") await emit(exportComments(sql, everything, { includeDeleted: request.includeDeleted }), { header: commentCsvHeader(), line: commentCsvLine });
  if (request.kind === "reviews") await emit(exportReviews(sql, everything), { header: reviewCsvHeader(), line: reviewCsvLine });
} finally {
  await sql.close();
}
console.error(`Exported ${count} ${request.kind}`);
