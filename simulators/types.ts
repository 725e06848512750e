// The simulators' public types: the contract the connectors and the sync
// engine's tests are written against.
import type { DemoDataset } from "./dataset/types";

export type VendorName = "salesfinity" | "execvision" | "analyses" | "voice-agent" | "revont";
export type ExecVisionStreamName = "listens" | "scores" | "feedback" | "shares" | "meetings" | "plans" | "kpis";

export interface SimulatorCredentials {
  salesfinityApiKey: string;
  execvisionUserId: string;
  execvisionPassword: string;
  analysesToken: string;
  voiceAgentApiKey: string;
  revontApiKey: string;
}

export interface SimulatorOptions {
  /** 0 = random (default); listens on 127.0.0.1 */
  port?: number;
  /** default: loadDemoDataset() */
  dataset?: DemoDataset;
  /** simulator clock in ms (default Date.now); used for everything time-dependent */
  now?: () => number;
  /** default true: shift every timestamp by whole days so the dataset ends today */
  rebase?: boolean;
  /** default true: ExecVision's 5/s (day) and 25/s (night) queueing */
  execvisionRateLimit?: boolean;
  credentials?: Partial<SimulatorCredentials>;
  /** how long an ExecVision request may wait in the rate-limit queue before a 504; default 60000 (as documented) */
  execvisionQueueTimeoutMs?: number;
  /**
   * Variants mode (simulators/variants.ts): a seed choosing, for every point a
   * vendor doc leaves open, one of its plausible readings, and serving records
   * as an API that evolved since its doc. Unset: the documented readings only.
   */
  variants?: number;
}

export type FaultKind = "429" | "500" | "503" | "timeout" | "reset" | "truncated";

export interface FaultConfig {
  /** probability in [0, 1] that an eligible request is faulted */
  rate: number;
  kinds: FaultKind[];
  /** default: every vendor API (never recordings) */
  vendors?: VendorName[];
  seed?: number;
  /** how long a "timeout" fault holds the request before destroying the socket; default 30000 */
  hangMs?: number;
}

export interface RequestLogEntry {
  vendor: VendorName | "recordings";
  method: string;
  path: string;
  query: Record<string, string>;
  /** 0 when no response was sent (timeout, reset) */
  status: number;
  fault?: FaultKind;
  arrivedAt: number;
  respondedAt: number;
}

export interface WebhookTarget {
  baseUrl: string;
  secrets: { analyses: string; voiceAgent: string };
  vendors?: ("analyses" | "voice-agent")[];
  ids?: string[];
}

export interface WebhookDelivery { vendor: string; id: string; status: number }

export interface SimulatorControl {
  setFaults(config: FaultConfig | null): void;
  malform(vendor: VendorName, externalId: string): void;
  updateRecord(vendor: VendorName, externalId: string, patch: (record: any) => void): void; // eslint-disable-line @typescript-eslint/no-explicit-any
  deleteRecord(vendor: VendorName, externalId: string): void;
  addRecords(vendor: VendorName, records: any[]): void; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** Adds records to one of ExecVision's since-only lists (listens, scores, feedback, shares, meetings, plans, kpis). */
  addExecvisionStreamRecords(stream: ExecVisionStreamName, records: any[]): void; // eslint-disable-line @typescript-eslint/no-explicit-any
  onRequest(listener: (entry: RequestLogEntry) => void): () => void;
  readonly requests: RequestLogEntry[];
  clearRequests(): void;
  execvisionOverLimit(): number;
  records(vendor: VendorName): any[]; // eslint-disable-line @typescript-eslint/no-explicit-any
  deliverWebhooks(target: WebhookTarget): Promise<WebhookDelivery[]>;
  startWebhookDelivery(target: WebhookTarget, intervalMs?: number): () => void;
}

export interface RunningSimulators {
  url: string;
  baseUrls: { salesfinity: string; execvision: string; analyses: string; voiceAgent: string; revont: string };
  credentials: SimulatorCredentials;
  control: SimulatorControl;
  close(): Promise<void>;
}

export const DEFAULT_CREDENTIALS: SimulatorCredentials = {
  salesfinityApiKey: "demo-salesfinity-key",
  execvisionUserId: "demo-execvision-user",
  execvisionPassword: "demo-execvision-password",
  analysesToken: "demo-analyses-token",
  voiceAgentApiKey: "demo-voice-agent-key",
  revontApiKey: "demo-revont-key",
};
