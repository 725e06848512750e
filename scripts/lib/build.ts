// Builds the Next.js app when the sources changed since the last build.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "public", "instrumentation.ts", "proxy.ts", "next.config.mjs", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];
const FINGERPRINT = path.join(".next", "coachboard-sources");

function walk(entry: string, out: string[]): void {
  if (!existsSync(entry)) return;
  const stat = statSync(entry);
  if (stat.isDirectory()) {
    for (const child of readdirSync(entry).sort()) {
      if (child === "node_modules" || child.endsWith(".test.ts") || child.endsWith(".test.tsx")) continue;
      walk(path.join(entry, child), out);
    }
  } else {
    out.push(`${entry}:${stat.size}:${stat.mtimeMs}`);
  }
}

export function sourceFingerprint(root = process.cwd()): string {
  const files: string[] = [];
  for (const source of SOURCES) walk(path.join(root, source), files);
  return createHash("sha256").update(files.join("\n")).digest("hex");
}

/** Runs next build unless .next holds a build of exactly these sources. */
export function buildIfNeeded(log: (line: string) => void): void {
  const fingerprint = sourceFingerprint();
  const built = existsSync(path.join(".next", "BUILD_ID")) && existsSync(FINGERPRINT) && readFileSync(FINGERPRINT, "utf8") === fingerprint;
  if (built) return;
  log("Building the dashboard (next build); this takes a minute the first time...");
  execFileSync(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "build"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  writeFileSync(FINGERPRINT, fingerprint);
}
