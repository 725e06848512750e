import path from "node:path";

export type DbProvider = "sqlite" | "postgresql";
export const DB_PROVIDERS: readonly DbProvider[] = ["sqlite", "postgresql"];

/** Which database a DATABASE_URL names: a file: path is SQLite, postgres(ql):// is PostgreSQL. */
export function providerFromUrl(url: string): DbProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(`DATABASE_URL must be a file: path (SQLite) or a postgresql:// URL, got "${url}"`);
}

/** The absolute path of a SQLite file: URL, resolved against the working directory. */
export function sqliteFilePath(url: string, cwd = process.cwd()): string {
  const file = url.replace(/^file:(\/\/)?/, "").replace(/\?.*$/, "");
  if (file === ":memory:") return file;
  return path.resolve(cwd, file);
}
