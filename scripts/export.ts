// npm run export -- calls [--with-transcript]: every call as NDJSON on stdout.
import { loadEnvOrExit } from "../lib/env";
import { openSql } from "../lib/db/sql";
import { exportCalls } from "../lib/export/calls";

const [what, ...flags] = process.argv.slice(2);
if (what !== "calls" || flags.some((flag) => flag !== "--with-transcript")) {
  console.error("Usage: npm run export -- calls [--with-transcript]");
  process.exit(2);
}
const env = loadEnvOrExit();
const sql = await openSql(env.DATABASE_URL);
let count = 0;
const write = (line: string) => (process.stdout.write(line) ? Promise.resolve() : new Promise<void>((resolve) => process.stdout.once("drain", () => resolve())));
for await (const row of exportCalls(sql, { where: "1 = 1", params: [] }, { withTranscript: flags.includes("--with-transcript") })) {
  await write(`${JSON.stringify(row)}\n`);
  count++;
}
await sql.close();
console.error(`Exported ${count} calls`);
