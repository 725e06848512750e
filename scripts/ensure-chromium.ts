// Browser tests run in Debian's Chromium; no browser is ever downloaded.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

if (!existsSync(CHROMIUM)) {
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync("/usr/bin/apt-get");
  if (!isRoot || !hasApt) {
    console.error(`Browser tests need Chromium at ${CHROMIUM}: install it with "apt-get install chromium chromium-driver" (as root), or set CHROMIUM_PATH.`);
    process.exit(1);
  }
  console.error("Chromium is missing; installing Debian's chromium and chromium-driver with apt-get (running as root)...");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-q"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-q", "chromium", "chromium-driver"], { stdio: "inherit", env });
}
