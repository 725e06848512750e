// Generates the Prisma client for each provider from the one schema, offline.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { renderSchema } from "../lib/db/schema-source";
import { DB_PROVIDERS } from "../lib/db/provider";

const root = process.cwd();
const work = mkdtempSync(path.join(tmpdir(), "coachboard-schema-"));
try {
  for (const provider of DB_PROVIDERS) {
    const output = path.join(root, "lib", "db", "generated", provider);
    const schema = renderSchema(provider).replace(/output(\s*)= "[^"]*"/, `output$1= ${JSON.stringify(output)}`);
    const file = path.join(work, `schema.${provider}.prisma`);
    writeFileSync(file, schema);
    execFileSync(process.execPath, [path.join(root, "node_modules", "prisma", "build", "index.js"), "generate", "--schema", file], {
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        // generate needs no schema engine, but the CLI downloads one unless this names an existing file
        PRISMA_SCHEMA_ENGINE_BINARY: path.join(root, "package.json"),
        CHECKPOINT_DISABLE: "1",
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
      },
    });
    console.error(`Generated the ${provider} Prisma client in ${path.relative(root, output)}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
