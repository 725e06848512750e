// Vendor API simulators: the product demo when no vendor is configured, and
// the test bed for the connectors and the sync engine.
export { simulatorBaseUrls, startSimulators } from "./server";
export type {
  FaultConfig, FaultKind, RequestLogEntry, RunningSimulators, SimulatorControl, SimulatorCredentials, SimulatorOptions, VendorName,
  WebhookDelivery, WebhookTarget,
} from "./types";
export { DEFAULT_CREDENTIALS } from "./types";
export type * from "./dataset/types";
export { loadDemoDataset } from "./dataset/load";
export { generateDemoDataset, DEMO_ANCHOR, DEMO_SEED } from "./dataset/generate";
export { benchDataset } from "./dataset/bench";
export { execvisionLimitAt } from "./rate-limit";
export { sign as signWebhook } from "./webhooks";
