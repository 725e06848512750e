// The demo dataset: each vendor's records exactly as that vendor serves them,
// plus the little the simulator needs that no payload carries (ExecVision's
// internal modified times, analysis timelines, recording file names) and the
// org chart the demo itself uses.

import type { SfScoredCall } from "./types-salesfinity";
import type { EvData } from "./types-execvision";
import type { AnalysisEntry, RevontCall, VoiceAgentEntry, VoiceAgentInfo } from "./types-vendors";

export type * from "./types-salesfinity";
export type * from "./types-execvision";
export type * from "./types-vendors";

export interface DemoDataset {
  version: 1;
  seed: number;
  /** The dataset's "now"; every timestamp was generated relative to it. */
  anchor: string;
  org: DemoOrg;
  salesfinity: { scoredCalls: SfScoredCall[] };
  execvision: EvData;
  analyses: { analyses: AnalysisEntry[] };
  voiceAgent: { agents: VoiceAgentInfo[]; calls: VoiceAgentEntry[] };
  revont: { calls: RevontCall[] };
}

export interface DemoOrg {
  teams: { name: string; managerEmail: string }[];
  reps: DemoRep[];
  /** Revont's API has no emails: rep_id → email. */
  revontLinks: Record<string, string>;
}

export interface DemoRep {
  name: string;
  email: string;
  team: string;
  ids: { salesfinity?: string; execvision?: string; analyses?: string; revont?: string };
}
