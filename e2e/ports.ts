// Ports of the server the browser tests run against.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
/** Fixed, so a test can point its own npm run sync at the demo's vendor simulators. */
export const E2E_SIMULATOR_PORT = Number(process.env.E2E_SIMULATOR_PORT ?? 4110);
