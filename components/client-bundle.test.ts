// What the pages' scripts may import: a component or hook that runs in the
// browser ("use client") must not pull in zod (the server checks every answer
// it builds; in the browser it would only add weight to every page) or any
// server-only module. Follows the value imports (not `import type`) from each.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");
const FORBIDDEN = new Set(["zod", "server-only", "next-auth", "@prisma/client", "better-sqlite3", "pg"]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "node_modules" ? [] : files(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

function resolve(spec: string, from: string): string | null {
  const base = spec.startsWith("@/") ? path.join(ROOT, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  for (const ext of [".ts", ".tsx", "/index.ts", "/index.tsx", ""]) {
    try {
      if (statSync(base + ext).isFile()) return base + ext;
    } catch {
      // not this one
    }
  }
  return null;
}

const VALUE_IMPORT = /^(?:import|export)\s+(?!type\b)(?:[^;]*?\sfrom\s+)?"([^"]+)"/gm;

/** Each forbidden package reached from `entry`, with the chain of files that leads to it. */
function forbiddenFrom(entry: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, "utf8").matchAll(VALUE_IMPORT)) {
      const pkg = spec.startsWith("@") && !spec.startsWith("@/") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0];
      const here = [...chain, path.relative(ROOT, file)];
      if (FORBIDDEN.has(pkg) && !(pkg === "next-auth" && spec === "next-auth/react" && entry.endsWith("login-form.tsx"))) found.push(`${spec} via ${here.join(" → ")}`);
      const next = resolve(spec, file);
      if (next) walk(next, here);
    }
  };
  walk(entry, []);
  return found;
}

const clientFiles = ["app", "components", "lib"].flatMap((dir) => files(path.join(ROOT, dir))).filter((file) => /^\s*["']use client["']/.test(readFileSync(file, "utf8")));

describe("the pages' scripts", () => {
  it("finds the browser's components", () => {
    expect(clientFiles.length).toBeGreaterThan(20);
  });

  it.each(clientFiles.map((file) => [path.relative(ROOT, file), file]))("%s imports nothing server-side, and no zod", (_, file) => {
    expect(forbiddenFrom(file)).toEqual([]);
  });
});
