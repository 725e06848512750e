// npm run bench:queries -- --database-url URL [--runs 50] [--paths "calls list,transcript search"] [--slowest 10]
// Runs each read path the pages make, through the same lib/data functions the
// route handlers use, as a viewer of each role, with varied parameters, and
// prints p50/p95/max per path and role. The calls list runs its filters alone,
// in every pair and in larger mixes (search words included, pages past the
// first); --slowest N prints the N slowest calls-list and search queries.
// Seed the database first with npm run seed:scale.
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { "database-url": { type: "string" }, runs: { type: "string", default: "50" }, paths: { type: "string" }, slowest: { type: "string", default: "0" } },
});
if (!values["database-url"]) {
  console.error('Usage: npm run bench:queries -- --database-url URL [--runs 50] [--paths "calls list,transcript search"] [--slowest 10]');
  process.exit(2);
}
// The data layer reads DATABASE_URL through lib/env: set it before loading it.
process.env.DATABASE_URL = values["database-url"];
process.env.SYNC_SCHEDULE = "false";
const runs = Number(values.runs);
const slowestShown = Number(values.slowest);

const { getSql } = await import("../lib/db");
const { getLeaderboard } = await import("../lib/data/get-leaderboard");
const { getRepOverview } = await import("../lib/data/get-rep-overview");
const { listCalls } = await import("../lib/data/list-calls");
const { getCoaching } = await import("../lib/data/get-coaching");
const { getReviewCounts, getReviewQueue } = await import("../lib/data/review-queue");
const { QUEUE_FILTERS } = await import("../lib/data/review-queue-filters");
const { getCalibration } = await import("../lib/data/calibration");
const { getCallReviews } = await import("../lib/data/score-reviews");
const { resolvePeriod } = await import("../lib/http/params");
const { prng } = await import("../lib/scale/generate");
const { VENDORS } = await import("../lib/domain/vendors");
type Viewer = import("../lib/auth/roles").Viewer;
type CallsQuery = import("../lib/data/list-calls").CallsQuery;

const sql = await getSql();
const [{ n: calls }] = await sql.all<{ n: number }>(`SELECT COUNT(*) AS n FROM calls`);
const [{ n: transcripts }] = await sql.all<{ n: number }>(`SELECT COUNT(*) AS n FROM transcripts`);

async function viewer(email: string): Promise<Viewer> {
  const [user] = await sql.all<{ id: number; email: string; name: string; role: Viewer["role"]; rep_id: number | null }>(`SELECT id, email, name, role, rep_id FROM users WHERE email = ?`, [email]);
  if (!user) throw new Error(`no user ${email}: seed the database with npm run seed:scale`);
  const teams = await sql.all<{ team_id: number }>(`SELECT team_id FROM user_teams WHERE user_id = ?`, [user.id]);
  return { userId: Number(user.id), email: user.email, name: user.name, role: user.role, repId: user.rep_id === null ? null : Number(user.rep_id), teamIds: teams.map((t) => Number(t.team_id)) };
}
const viewers = { admin: await viewer("admin@scale.example"), manager: await viewer("manager@scale.example"), rep: await viewer("rep@scale.example") };
const reps = (await sql.all<{ id: number; team_id: number }>(`SELECT id, team_id FROM reps`)).map((r) => ({ id: Number(r.id), teamId: Number(r.team_id) }));
const teams = (await sql.all<{ id: number }>(`SELECT id FROM teams`)).map((t) => Number(t.id));
const random = prng(42);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
const periods = ["7", "30", "90", "180"] as const;
const { COMPETITORS } = await import("../lib/scale/generate");
// Common words (every other call) and names (a few calls each), as people search.
const words = ["pricing", "budget", "renewal", "onboarding", "security review", "Northforge", "Bluewave", "Cedarpoint", "fintech logistics", ...COMPETITORS.slice(0, 6)];

type Role = keyof typeof viewers;
interface Path {
  name: string;
  roles: Role[];
  /** The i-th run of the path for a viewer. */
  run(viewer: Viewer, i: number): Promise<unknown>;
}

const visibleReps = (v: Viewer) => (v.role === "admin" ? reps : v.role === "manager" ? reps.filter((r) => v.teamIds.includes(r.teamId)) : reps.filter((r) => r.id === v.repId));

// The calls list's filters, each alone, every pair, then larger mixes: run i takes combination i.
const FILTERS = ["rep", "team", "vendor", "dates", "minScore", "maxScore", "outcome", "q"] as const;
type Filter = (typeof FILTERS)[number];
const COMBINATIONS: Filter[][] = [[], ...FILTERS.map((f) => [f]), ...FILTERS.flatMap((f, a) => FILTERS.slice(a + 1).map((g) => [f, g]))];
const mixes = prng(7);
while (COMBINATIONS.length < Math.max(runs, 64)) COMBINATIONS.push(FILTERS.filter(() => mixes() < 0.45));

function callsListQuery(v: Viewer, filters: Filter[]): CallsQuery {
  const has = (f: Filter) => filters.includes(f);
  const day = (offset: number) => new Date(Date.now() - offset * 86_400_000).toISOString().slice(0, 10);
  const team = has("team") ? (v.role === "admin" ? pick(teams) : v.role === "manager" ? pick(v.teamIds) : visibleReps(v)[0]?.teamId) : undefined;
  // A rep of the team asked for, as the page offers; otherwise any rep the viewer sees.
  const rep = has("rep") ? pick(visibleReps(v).filter((r) => team === undefined || r.teamId === team)).id : undefined;
  const start = 7 + Math.floor(random() * 170);
  const dates = has("dates") ? pick([{ from: day(start) }, { to: day(start) }, { from: day(start), to: day(Math.max(0, start - 7 - Math.floor(random() * 60))) }]) : {};
  const minScore = has("minScore") ? pick([40, 60, 80, 95]) : undefined;
  const maxScore = has("maxScore") ? Math.max(minScore ?? 0, pick([30, 50, 70, 90])) : undefined;
  return {
    page: pick([1, 1, 1, 2, 3, 5, 10, 40]),
    pageSize: 25,
    rep,
    team,
    vendor: has("vendor") ? pick(VENDORS) : undefined,
    ...dates,
    minScore,
    maxScore,
    outcome: has("outcome") ? pick(["won", "lost", "follow_up", "accepted", "declined", "no_outcome"]) : undefined,
    q: has("q") ? pick(words) : undefined,
  };
}

/** The calls query last run, for --slowest. */
let lastQuery: CallsQuery | null = null;

const paths: Path[] = [
  {
    name: "leaderboard",
    roles: ["admin", "manager"],
    run: (v) => {
      const period = resolvePeriod({ period: pick(periods) });
      return getLeaderboard(v, {
        ...period,
        teamId: random() < 0.3 ? (v.role === "manager" ? pick(v.teamIds) : pick(teams)) : undefined,
        vendor: random() < 0.3 ? pick(VENDORS) : undefined,
        minCalls: pick([0, 3, 10]),
        skillSet: pick(["salesfinity", "analyses", "scorecard"] as const),
      });
    },
  },
  {
    name: "rep page",
    roles: ["admin", "manager", "rep"],
    run: (v) => getRepOverview(v, pick(visibleReps(v)).id, { ...resolvePeriod({ period: pick(periods) }) }),
  },
  {
    name: "calls list",
    roles: ["admin", "manager", "rep"],
    run: (v, i) => listCalls(v, (lastQuery = callsListQuery(v, COMBINATIONS[i % COMBINATIONS.length]))),
  },
  {
    name: "transcript search",
    roles: ["admin", "manager", "rep"],
    run: (v, i) => listCalls(v, (lastQuery = { page: i % 4 === 3 ? pick([2, 3, 5]) : 1, pageSize: 25, q: pick(words) })),
  },
  {
    name: "coaching page",
    roles: ["admin", "manager", "rep"],
    run: (v) => getCoaching(v),
  },
  {
    // On every load of the manager's home and inbox.
    name: "queue counts",
    roles: ["admin", "manager"],
    run: (v) => getReviewCounts(v),
  },
  {
    name: "review queue",
    roles: ["admin", "manager"],
    run: (v, i) => getReviewQueue(v, { filter: QUEUE_FILTERS[i % QUEUE_FILTERS.length], limit: 25 }),
  },
  {
    name: "calibration",
    roles: ["admin", "manager"],
    run: (v) => getCalibration(v, { days: pick([30, 90, 365]) }),
  },
  {
    // A call's scores with their reviews and each AI score's trust marker: the call page's Score reviews card.
    name: "call scores",
    roles: ["admin", "manager", "rep"],
    run: async (v) => {
      const [call] = await sql.all<{ id: number }>(`SELECT id FROM calls WHERE rep_id = ? AND vendor IN ('salesfinity', 'analyses') ORDER BY started_at DESC LIMIT 1`, [pick(visibleReps(v)).id]);
      return call ? getCallReviews(v, Number(call.id)) : null;
    },
  },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const only = values.paths?.split(",").map((p) => p.trim());
const slow: { ms: number; path: string; role: Role; query: CallsQuery }[] = [];
console.log(`bench:queries on ${sql.provider}: ${Number(calls).toLocaleString("en-US")} calls, ${Number(transcripts).toLocaleString("en-US")} transcripts, ${runs} runs per path and role`);
console.log(`${"path".padEnd(18)} ${"role".padEnd(8)} ${"p50".padStart(8)} ${"p95".padStart(8)} ${"max".padStart(8)}`);
for (const path of paths.filter((p) => !only || only.includes(p.name))) {
  const all: number[] = [];
  for (const role of path.roles) {
    await path.run(viewers[role], 0); // warm the caches
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      lastQuery = null;
      const t = performance.now();
      await path.run(viewers[role], i);
      const ms = performance.now() - t;
      times.push(ms);
      if (lastQuery) slow.push({ ms, path: path.name, role, query: lastQuery });
    }
    times.sort((a, b) => a - b);
    all.push(...times);
    console.log(`${path.name.padEnd(18)} ${role.padEnd(8)} ${percentile(times, 50).toFixed(1).padStart(6)}ms ${percentile(times, 95).toFixed(1).padStart(6)}ms ${times.at(-1)!.toFixed(1).padStart(6)}ms`);
  }
  all.sort((a, b) => a - b);
  console.log(`${path.name.padEnd(18)} ${"all".padEnd(8)} ${percentile(all, 50).toFixed(1).padStart(6)}ms ${percentile(all, 95).toFixed(1).padStart(6)}ms ${all.at(-1)!.toFixed(1).padStart(6)}ms`);
}
if (slowestShown > 0) {
  console.log(`\nslowest ${slowestShown} calls-list and search queries:`);
  for (const s of slow.sort((a, b) => b.ms - a.ms).slice(0, slowestShown)) {
    const { pageSize: _, ...query } = s.query;
    console.log(`${s.ms.toFixed(1).padStart(8)}ms ${s.path.padEnd(18)} ${s.role.padEnd(8)} ${JSON.stringify(Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined)))}`);
  }
}
await sql.close();
process.exit(0);
