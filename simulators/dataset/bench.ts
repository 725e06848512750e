// A large ExecVision-only dataset for sync benchmarks. Calls are generated on
// demand from their index (never all in memory) over a handful of transcript
// templates, whose serialized JSON is cached and spliced into each call.
import { buildConversation, timeConversation } from "./conversation";
import { createContext } from "./context";
import { evStats, evWords } from "./ev-format";
import { generateEvOrg } from "./gen-execvision";
import { generateTopics } from "./gen-execvision-coaching";
import { hashString, Rng } from "./prng";
import { PRODUCT_BY_KEY } from "./products";
import { isoMs, isoSeconds } from "./time";
import type { DemoDataset, EvCallEntry, EvCallOptions, EvCallSummary, EvCrmMatch, EvLazyCalls, EvSpeaker, EvStats, EvWord } from "./types";

export interface BenchOptions { execvisionCalls: number; wordsPerCall: number; seed?: number; anchor?: string }

const TEMPLATE_COUNT = 8;
const DAY_MS = 86_400_000;

interface Template {
  words: EvWord[];
  stats: EvStats;
  speakers: EvSpeaker[];
  summary: EvCallSummary;
  duration: number;
  company: string;
  /** `,"stats":…,"callSummary":…` */
  middle: Buffer;
  /** `,"transcript":[…]` */
  transcript: Buffer;
  crm: Buffer;
  crmMatches: EvCrmMatch[];
}

export function benchDataset(options: BenchOptions): DemoDataset {
  const seed = options.seed ?? 7;
  const anchor = options.anchor ?? "2026-06-01T00:00:00.000Z";
  const ctx = createContext(seed, Date.parse(anchor), []);
  const reps = ctx.reps.slice(0, 4);
  const org = generateEvOrg(ctx);
  const keep = new Set([...reps.map((r) => r.evUserId), ctx.managers[0].evUserId]);
  const users = org.users.filter((u) => keep.has(u.userId)).map((u) => ({ ...u, teamId: ctx.teamIds[0], departmentId: org.teams[0].departmentId }));
  const calls = lazyCalls({
    count: options.execvisionCalls,
    wordsPerCall: options.wordsPerCall,
    seed,
    startMs: Date.parse(anchor) - 90 * DAY_MS,
    spanMs: 90 * DAY_MS - 3_600_000,
    callers: reps.map((r) => ({ id: r.evUserId, email: r.email, first: r.first, last: r.last })),
    templates: [],
  });
  return {
    version: 1,
    seed,
    anchor,
    org: {
      teams: [{ name: org.teams[0].name, managerEmail: ctx.managers[0].email }],
      reps: reps.map((r) => ({ name: r.name, email: r.email, team: org.teams[0].name, ids: { execvision: r.evUserId } })),
      revontLinks: {},
    },
    salesfinity: { scoredCalls: [] },
    execvision: {
      departments: org.departments.filter((d) => d.id === org.teams[0].departmentId),
      teams: [org.teams[0]],
      users,
      topics: generateTopics(),
      scorecards: [],
      calls,
      deletedCalls: [],
      listens: [],
      scores: [],
      feedback: [],
      shares: [],
      meetings: [],
      plans: [],
      kpis: [],
      kpiDefinitions: [],
    },
    analyses: { analyses: [] },
    voiceAgent: { agents: [], calls: [] },
    revont: { calls: [] },
  };
}

interface LazyConfig {
  count: number;
  wordsPerCall: number;
  seed: number;
  startMs: number;
  spanMs: number;
  callers: { id: string; email: string; first: string; last: string }[];
  /** shared between shifted copies so templates are built once */
  templates: Template[];
}

function buildTemplate(config: LazyConfig, index: number): Template {
  const rng = new Rng(`${config.seed}:bench-template:${index}`);
  const caller = config.callers[index % config.callers.length];
  const product = PRODUCT_BY_KEY[["ledgerline", "shiftwise", "pipeloop", "fieldnote"][index % 4]];
  const skills = { intro: rng.int(45, 90), discovery: rng.int(40, 92), pitch: rng.int(50, 90), tonality: rng.int(45, 90), objection: rng.int(40, 90), cta: rng.int(40, 90) };
  const prospect = { first: "Alex", last: "Morgan", company: `Bench Account ${index + 1}`, title: "Director of Operations" };
  const conversation = buildConversation({ rng, product, rep: caller, prospect, skills, kind: "meeting", targetWords: config.wordsPerCall });
  const timed = timeConversation(conversation.sentences, rng, { rep: 155, prospect: 150 });
  const words = evWords(timed, 0).slice(0, config.wordsPerCall);
  const duration = Math.ceil(Number(words[words.length - 1]?.end ?? 60) + 2);
  const stats = evStats(words, 0, duration);
  const summary: EvCallSummary = { nextSteps: ["Send a recap email."], questionsAndAnswers: [], summary: `${product.name} conversation with ${prospect.company}.` };
  const crm: EvCrmMatch[] = [{ crmName: "Salesforce", activityCrmId: rng.sfdcId("00T"), account: { crmId: rng.sfdcId("001"), name: prospect.company }, contacts: [], engagement: null }];
  return {
    words, stats, summary, duration, company: prospect.company, crmMatches: crm,
    speakers: [
      { email: caller.email, firstName: caller.first, lastName: caller.last, speakerNumber: 0, speakerType: "INTERNAL" },
      { email: null, firstName: null, lastName: null, speakerNumber: 1, speakerType: "UNKNOWN" },
    ],
    middle: Buffer.from(`,"stats":${JSON.stringify(stats)},"callSummary":${JSON.stringify(summary)}`),
    transcript: Buffer.from(`,"transcript":${JSON.stringify(words)}`),
    crm: Buffer.from(`,"crmMatches":${JSON.stringify(crm)}`),
  };
}

function lazyCalls(config: LazyConfig): EvLazyCalls {
  const step = Math.max(1, Math.floor(config.spanMs / Math.max(1, config.count)));
  const template = (i: number) => {
    const k = i % TEMPLATE_COUNT;
    return (config.templates[k] ??= buildTemplate(config, k));
  };
  // Ids encode the index, so finding a last_id is a parse, not a search.
  const idAt = (i: number) => `${(hashString(`${config.seed}:${i}`) >>> 0).toString(16).padStart(8, "0")}-be4c-4000-8000-${i.toString(16).padStart(12, "0")}`;
  const modifiedMsAt = (i: number) => config.startMs + i * step;
  const header = (i: number) => {
    const t = template(i);
    const caller = config.callers[i % config.callers.length];
    const modified = modifiedMsAt(i);
    return {
      t, caller, modified,
      call: {
        id: idAt(i), callerEmail: caller.email, callerId: caller.id, callTime: isoSeconds(modified - (t.duration + 300) * 1000), duration: t.duration,
        direction: "OUTBOUND" as const, state: "COMPLETE", originalPath: `bench/${i}.wav`,
      },
      metadata: { id: idAt(i), company: t.company, uploader: "bench", deleted: false, opportunity_price_point: 10_000 + (i % 50) * 1000 },
    };
  };
  const templatesOf = (i: number, company: string) => ({ callCard: `<div class="call-card"><h3>${company}</h3><p>Bench call ${i}</p></div>` });
  const source: EvLazyCalls = {
    kind: "lazy",
    count: config.count,
    modifiedMsAt,
    idAt,
    indexOfId(id) {
      const m = /^[0-9a-f]{8}-be4c-4000-8000-([0-9a-f]{12})$/.exec(id);
      if (!m) return -1;
      const i = parseInt(m[1], 16);
      return i < config.count && idAt(i) === id ? i : -1;
    },
    getByIndex(i): EvCallEntry {
      const h = header(i);
      return {
        modified: isoMs(h.modified),
        call: { ...h.call, transcript: h.t.words, crmMatches: h.t.crmMatches, stats: h.t.stats, callSummary: h.t.summary, metadata: h.metadata },
        speakers: h.t.speakers,
        templates: templatesOf(i, h.t.company),
      };
    },
    serializeByIndex(i, options: EvCallOptions): Buffer[] {
      const h = header(i);
      const metadata = options.templates ? { ...h.metadata, templates: templatesOf(i, h.t.company) } : h.metadata;
      const head = Buffer.from(JSON.stringify(h.call).slice(0, -1));
      const parts = [head, h.t.middle, Buffer.from(`,"metadata":${JSON.stringify(metadata)}`)];
      if (options.transcripts) parts.push(h.t.transcript);
      if (options.crmMatches) parts.push(h.t.crm);
      parts.push(CLOSE);
      return parts;
    },
    shiftDays(days) {
      return lazyCalls({ ...config, startMs: config.startMs + days * DAY_MS });
    },
  };
  return source;
}

const CLOSE = Buffer.from("}");
