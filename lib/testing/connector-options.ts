import type { ConnectorOptions } from "@/lib/vendors";

/** Connectors tuned for tests: short timeouts and fast retries. */
export const TEST_CONNECTOR_OPTIONS: ConnectorOptions = {
  timeoutMs: 2_000,
  maxAttempts: 10,
  baseDelayMs: 20,
  maxDelayMs: 400,
  execvisionSpeakerNames: true,
};
