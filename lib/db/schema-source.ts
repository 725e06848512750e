import { readFileSync } from "node:fs";
import path from "node:path";
import type { DbProvider } from "./provider";

export const SCHEMA_PATH = path.join(process.cwd(), "prisma", "schema.prisma");

const DATASOURCE = /datasource db \{\s*provider = "sqlite"\s*\}/;
const OUTPUT = /output(\s*)= "\.\.\/lib\/db\/generated\/sqlite"/;

/**
 * The Prisma schema for a provider. prisma/schema.prisma is written for SQLite;
 * the PostgreSQL variant differs only in its datasource provider and the
 * generator's output folder, so the models cannot differ between the two.
 */
export function renderSchema(provider: DbProvider, source = readFileSync(SCHEMA_PATH, "utf8")): string {
  if (!DATASOURCE.test(source) || !OUTPUT.test(source)) {
    throw new Error(
      "prisma/schema.prisma must keep `datasource db { provider = \"sqlite\" }` and the generator output ../lib/db/generated/sqlite",
    );
  }
  if (provider === "sqlite") return source;
  return source
    .replace(DATASOURCE, 'datasource db {\n  provider = "postgresql"\n}')
    .replace(OUTPUT, 'output$1= "../lib/db/generated/postgresql"');
}
