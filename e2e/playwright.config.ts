import { defineConfig } from "@playwright/test";
import { E2E_PORT as port, E2E_SIMULATOR_PORT } from "./ports";

export default defineConfig({
  testDir: ".",
  outputDir: "../test-results/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"],
    },
  },
  webServer: {
    command: "npx tsx --conditions=react-server scripts/e2e-server.ts",
    cwd: "..",
    url: `http://127.0.0.1:${port}/api/health?ready=1`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { PORT: String(port), DEMO_SIMULATOR_PORT: String(E2E_SIMULATOR_PORT) },
  },
});
