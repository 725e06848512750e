// The deterministic demo dataset generator. Each vendor draws from its own
// seeded stream, so the output is a pure function of the seed and the
// recordings manifest.
import { createContext } from "./context";
import { generateAnalyses } from "./gen-analyses";
import { generateEvCalls, generateEvOrg } from "./gen-execvision";
import { generateFeedback, generateKpis, generateListens, generatePlans, generateScorecards, generateScores, generateShares, generateTopics } from "./gen-execvision-coaching";
import { generateRevont } from "./gen-revont";
import { generateSalesfinity } from "./gen-salesfinity";
import { generateVoiceAgent } from "./gen-voice-agent";
import { loadRecordingManifest, type RecordingManifestEntry } from "./manifest";
import { TEAMS } from "./org";
import type { DemoDataset } from "./types";

export const DEMO_SEED = 20260601;
export const DEMO_ANCHOR = "2026-06-01T00:00:00.000Z";

export interface GenerateOptions {
  seed?: number;
  anchor?: string;
  /** defaults to simulators/demo/recordings/manifest.json, or none if it is missing */
  manifest?: RecordingManifestEntry[];
}

export function generateDemoDataset(options: GenerateOptions = {}): DemoDataset {
  const seed = options.seed ?? DEMO_SEED;
  const anchor = options.anchor ?? DEMO_ANCHOR;
  const anchorMs = Date.parse(anchor);
  const ctx = createContext(seed, anchorMs, options.manifest ?? loadRecordingManifest());

  const org = generateEvOrg(ctx);
  const { calls, deleted } = generateEvCalls(ctx);
  const scorecards = generateScorecards(ctx);
  const { plans, meetings } = generatePlans(ctx, calls);
  const kpis = generateKpis(ctx);
  const voice = generateVoiceAgent(ctx);

  const revont = generateRevont(ctx);
  const revontLinks: Record<string, string> = {};
  // Every Revont user but one is linked at start-up. The first team's last one is left for an
  // admin to link (Admin, People), as after connecting Revont, whose API sends no emails.
  const onRevont = ctx.reps.filter((rep) => rep.revontRepId);
  const unlinked = onRevont.filter((rep) => rep.teamIndex === 0).at(-1);
  for (const rep of onRevont) if (rep !== unlinked) revontLinks[rep.revontRepId!] = rep.email;

  return {
    version: 1,
    seed,
    anchor,
    org: {
      teams: TEAMS.map((team, i) => ({ name: team.name, managerEmail: ctx.managers[i].email })),
      reps: ctx.reps.map((rep) => ({
        name: rep.name,
        email: rep.email,
        team: rep.team.name,
        ids: {
          ...(rep.sfUserId ? { salesfinity: rep.sfUserId } : {}),
          execvision: rep.evUserId,
          ...(rep.analysesRepId ? { analyses: rep.analysesRepId } : {}),
          ...(rep.revontRepId ? { revont: rep.revontRepId } : {}),
        },
      })),
      revontLinks,
    },
    salesfinity: { scoredCalls: generateSalesfinity(ctx) },
    execvision: {
      ...org,
      topics: generateTopics(),
      scorecards,
      calls: calls.map((c) => c.entry).sort((a, b) => a.modified.localeCompare(b.modified) || a.call.id.localeCompare(b.call.id)),
      deletedCalls: deleted,
      listens: generateListens(ctx, calls),
      scores: generateScores(ctx, calls, scorecards),
      feedback: generateFeedback(ctx, calls),
      shares: generateShares(ctx, calls),
      meetings,
      plans,
      kpis: kpis.observations,
      kpiDefinitions: kpis.definitions,
    },
    analyses: { analyses: generateAnalyses(ctx) },
    voiceAgent: voice,
    revont: { calls: revont },
  };
}
