// Calibration: how far the AI's scores agree with people's on the same calls.
// A pair is one call's AI score of a Coachboard skill beside a person's score
// of that skill on that call, from one of two places:
//  - a standing review (the latest applied override or accepted dispute) of an
//    AI vendor's skill score, or of the overall score of an AI vendor's call:
//    the vendor's value (stored unchanged) beside the reviewer's;
//  - ExecVision scorecard skills, filled in by people, mapped onto the same
//    Coachboard skill as the AI's scores of the same call (the mean of each side).
// Several vendor skills of one call mapped onto one Coachboard skill make one
// pair (the mean of each side), so every figure counts calls. Everything is
// aggregated in SQL; the caller gives the viewer's scope as a condition on
// calls c and reps r (a LEFT JOIN: calls without a rep have r.id null).
import "server-only";
import type { SqlConnection, SqlValue } from "@/lib/db/sql";
import { toNumber } from "@/lib/db/values";
import type { Calibration, CalibrationFigures, CalibrationSkill, TrustMarker } from "@/lib/data/dto-calibration";
import { vendorLabel } from "@/lib/format";
import { OVERALL_SCORE_LABEL, STANDING_REVIEWS } from "@/lib/domain/standing-reviews";
import { lastDays, MAX_PERIOD_DAYS } from "@/lib/http/query-bounds";
import { clampedScore } from "@/lib/sync/store/rollups";

/** The skill sets an AI fills in; their calls' overall scores are the AI's too. Scorecard skills (and ExecVision's overall score, their mean) are people's. */
export const AI_SKILL_SETS = ["salesfinity", "analyses"] as const;
export type AiSkillSet = (typeof AI_SKILL_SETS)[number];
/** Two scores at most this far apart agree. */
export const WITHIN_POINTS = 10;
/** Fewer calls than this are too few to judge by. */
export const MIN_CALLS = 5;
export const DEFAULT_DAYS = 365;
export const MAX_DAYS = MAX_PERIOD_DAYS;
/** Team rows answered at most (each skill's teams); past it the largest are kept. */
export const MAX_TEAM_ROWS = 3_000;
/** A call's AI skills, read at most this many. */
const MAX_CALL_SKILLS = 200;
/** How the overall score is written in the pairs: no skill key is empty. */
const OVERALL_KEY = "";
/** Scores carry a decimal or two; the slack keeps 66.7 against 56.7 within 10 despite floating point. */
const WITHIN_SQL = `${WITHIN_POINTS} + 0.0005`;
const AI_SETS_SQL = `(${AI_SKILL_SETS.map((s) => `'${s}'`).join(", ")})`;

export interface CalibrationScope {
  /** A condition on calls c and reps r. */
  sql: string;
  params: SqlValue[];
}

export interface Period {
  days: number;
  from: Date;
  to: Date;
}

/** The last `days` whole UTC days up to today, as the leaderboard's periods. */
export function periodOf(days: number, now = new Date()): Period {
  return { days, ...lastDays(days, now) };
}

interface Built {
  sql: string;
  params: SqlValue[];
}

/** The calls of the scope and period: c joined to its rep r. */
function callsWhere(scope: CalibrationScope, period: Period): Built {
  return { sql: `c.deleted_at IS NULL AND c.started_at >= ? AND c.started_at < ? AND (${scope.sql})`, params: [period.from, period.to, ...scope.params] };
}

/**
 * The calls that carry both a scorecard (people's) score and an AI score: found from the scorecard calls' ids
 * alone (an index-only read) and one probe each, before any scorecard row is read or joined. A vendor's calls
 * rarely carry both, so this is what keeps the scorecard pairing cheap at a million calls. The probe is a scalar
 * subquery, not EXISTS, so PostgreSQL probes the index per call instead of hashing every AI score first.
 */
const CARDED_CALLS = `carded_calls AS MATERIALIZED (SELECT sc.call_id FROM (SELECT DISTINCT call_id FROM call_scores WHERE skill_set = 'scorecard') sc
  WHERE (SELECT 1 FROM call_scores ai WHERE ai.call_id = sc.call_id AND ai.skill_set IN ${AI_SETS_SQL} LIMIT 1) IS NOT NULL)`;

/**
 * The pairs, one per (call, Coachboard skill, AI skill set): call_id, team_id,
 * skill ('' for the overall score), ai_set, ai, person, reviewed and carded
 * (1 where the pair came from a review, a scorecard).
 */
function pairsCte(scope: CalibrationScope, period: Period, aiSet: AiSkillSet | null, scorecards: boolean): Built {
  const calls = callsWhere(scope, period);
  const onlySet = (column: string) => (aiSet ? { sql: ` AND ${column} = ?`, params: [aiSet] } : { sql: "", params: [] });
  const reviewedSet = onlySet("s.skill_set");
  const overallSet = onlySet("c.vendor");
  const cardSet = onlySet("a.skill_set");
  // An AI score given on too little evidence (Salesfinity sends 0) judged nothing: it pairs with no one.
  // Each part starts from its few rows (the reviews that stand, the calls with both kinds of score); CROSS JOIN
  // keeps SQLite from starting at the scope's calls instead, which at a million calls is every call of a year.
  const reviewed = `SELECT c.id AS call_id, r.team_id AS team_id, m.unified_skill AS skill, s.skill_set AS ai_set,
      ${clampedScore("s.score")} AS ai, ${clampedScore("sr.new_score")} AS person, 1 AS reviewed, 0 AS carded
    FROM ${STANDING_REVIEWS} sr CROSS JOIN call_scores s CROSS JOIN calls c LEFT JOIN reps r ON r.id = c.rep_id
    JOIN skill_mappings m ON m.skill_set = s.skill_set AND m.skill = s.skill AND m.unified_skill IS NOT NULL
    WHERE s.call_id = sr.call_id AND s.skill_set = sr.skill_set AND s.skill = sr.skill AND c.id = s.call_id AND s.skill_set IN ${AI_SETS_SQL} AND s.insufficient_evidence = ? AND ${calls.sql}${reviewedSet.sql}`;
  const overall = `SELECT c.id AS call_id, r.team_id AS team_id, '${OVERALL_KEY}' AS skill, c.vendor AS ai_set,
      ${clampedScore("c.overall_score")} AS ai, ${clampedScore("ov.new_score")} AS person, 1 AS reviewed, 0 AS carded
    FROM ${STANDING_REVIEWS} ov CROSS JOIN calls c LEFT JOIN reps r ON r.id = c.rep_id
    WHERE c.id = ov.call_id AND ov.skill_set IS NULL AND ov.skill IS NULL AND c.vendor IN ${AI_SETS_SQL} AND c.overall_score IS NOT NULL AND ${calls.sql}${overallSet.sql}`;
  // Every person's score of skill k on the call beside every AI score of k: each side's mean over the group is its plain mean.
  const carded = `SELECT c.id AS call_id, r.team_id AS team_id, mp.unified_skill AS skill, a.skill_set AS ai_set,
      AVG(${clampedScore("a.score")}) AS ai, AVG(${clampedScore("COALESCE(sp.new_score, p.score)")}) AS person, 0 AS reviewed, 1 AS carded
    FROM carded_calls cc CROSS JOIN call_scores p CROSS JOIN calls c LEFT JOIN reps r ON r.id = c.rep_id
    JOIN skill_mappings mp ON mp.skill_set = p.skill_set AND mp.skill = p.skill AND mp.unified_skill IS NOT NULL
    JOIN call_scores a ON a.call_id = p.call_id AND a.skill_set IN ${AI_SETS_SQL} AND a.insufficient_evidence = ?
    JOIN skill_mappings ma ON ma.skill_set = a.skill_set AND ma.skill = a.skill AND ma.unified_skill = mp.unified_skill
    LEFT JOIN ${STANDING_REVIEWS} sp ON sp.call_id = p.call_id AND sp.skill_set = p.skill_set AND sp.skill = p.skill
    WHERE p.call_id = cc.call_id AND p.skill_set = 'scorecard' AND c.id = p.call_id AND ${calls.sql}${cardSet.sql}
    GROUP BY c.id, r.team_id, mp.unified_skill, a.skill_set`;
  return {
    sql: `${scorecards ? `${CARDED_CALLS}, ` : ""}raw_pairs AS (${reviewed} UNION ALL ${overall}${scorecards ? ` UNION ALL ${carded}` : ""}),
      pairs AS MATERIALIZED (SELECT call_id, team_id, skill, ai_set, AVG(ai) AS ai, AVG(person) AS person, MAX(reviewed) AS reviewed, MAX(carded) AS carded
        FROM raw_pairs GROUP BY call_id, team_id, skill, ai_set)`,
    params: [false, ...calls.params, ...reviewedSet.params, ...calls.params, ...overallSet.params, ...(scorecards ? [false, ...calls.params, ...cardSet.params] : [])],
  };
}

type Grain = "skill" | "vendor" | "team";

const FIGURES = `COUNT(*) AS n, AVG(ABS(p.ai - p.person)) AS mad, SUM(CASE WHEN ABS(p.ai - p.person) <= ${WITHIN_SQL} THEN 1 ELSE 0 END) AS within,
  SUM(p.reviewed) AS from_reviews, SUM(p.carded) AS from_scorecards`;
const GRAIN_SQL: Record<Grain, string> = {
  skill: `SELECT 0 AS g, p.skill, CAST(NULL AS TEXT) AS ai_set, CAST(NULL AS INTEGER) AS team_id, CAST(NULL AS TEXT) AS team_name, ${FIGURES} FROM pairs p GROUP BY p.skill`,
  vendor: `SELECT 1 AS g, p.skill, p.ai_set, CAST(NULL AS INTEGER) AS team_id, CAST(NULL AS TEXT) AS team_name, ${FIGURES} FROM pairs p GROUP BY p.skill, p.ai_set`,
  team: `SELECT 2 AS g, p.skill, CAST(NULL AS TEXT) AS ai_set, p.team_id, MIN(t.name) AS team_name, ${FIGURES} FROM pairs p LEFT JOIN teams t ON t.id = p.team_id GROUP BY p.skill, p.team_id`,
};

interface FigureRow {
  g: number;
  skill: string;
  ai_set: string | null;
  team_id: number | null;
  team_name: string | null;
  n: number;
  mad: number | null;
  within: number;
  from_reviews: number;
  from_scorecards: number;
}

async function aggregate(sql: SqlConnection, scope: CalibrationScope, period: Period, grains: Grain[], aiSet: AiSkillSet | null = null, scorecards = true): Promise<FigureRow[]> {
  const pairs = pairsCte(scope, period, aiSet, scorecards);
  const rows = await sql.all<FigureRow>(
    `WITH ${pairs.sql} ${grains.map((g) => GRAIN_SQL[g]).join(" UNION ALL ")} ORDER BY g, n DESC, skill, ai_set, team_name LIMIT ${MAX_TEAM_ROWS + 2000}`,
    pairs.params,
  );
  return rows.map((r) => ({ ...r, g: Number(r.g), team_id: r.team_id === null ? null : Number(r.team_id) }));
}

export function figuresOf(row: Pick<FigureRow, "n" | "mad" | "within" | "from_reviews" | "from_scorecards"> | undefined): CalibrationFigures {
  const calls = Number(row?.n ?? 0);
  const within = Number(row?.within ?? 0);
  const mad = calls ? toNumber(row?.mad) : null;
  return {
    calls,
    meanAbsDiff: mad === null ? null : Math.round(mad * 10) / 10,
    within,
    withinShare: calls ? within / calls : null,
    fromReviews: Number(row?.from_reviews ?? 0),
    fromScorecards: Number(row?.from_scorecards ?? 0),
    enough: calls >= MIN_CALLS,
  };
}

const skillOf = (key: string) => (key === OVERALL_KEY ? null : key);

/** The labels of the overall score and of Coachboard's skills, by key, in their order. */
async function readSkillLabels(sql: SqlConnection): Promise<Map<string, string>> {
  const skills = await sql.all<{ key: string; label: string }>(`SELECT key, label FROM skills ORDER BY position, key LIMIT 100`);
  return new Map([[OVERALL_KEY, OVERALL_SCORE_LABEL], ...skills.map((s) => [s.key, s.label] as const)]);
}

/** The figures per Coachboard skill (the overall score first), each per AI vendor and per team, over the scope and period. */
export async function calibrationReport(sql: SqlConnection, scope: CalibrationScope & { kind: Calibration["scope"] }, period: Period): Promise<Calibration> {
  const [rows, labels] = await Promise.all([aggregate(sql, scope, period, ["skill", "vendor", "team"]), readSkillLabels(sql)]);
  const teamRows = rows.filter((r) => r.g === 2);
  const truncated = teamRows.length > MAX_TEAM_ROWS;
  const kept = new Set(teamRows.slice(0, MAX_TEAM_ROWS));
  // A skill removed from the list (or never in it) still shows where it has pairs.
  const keys = [...labels.keys(), ...rows.filter((r) => r.g === 0 && !labels.has(r.skill)).map((r) => r.skill)];
  const list: CalibrationSkill[] = keys.map((key) => ({
    skill: skillOf(key),
    label: labels.get(key) ?? key,
    figures: figuresOf(rows.find((r) => r.g === 0 && r.skill === key)),
    vendors: rows.filter((r) => r.g === 1 && r.skill === key).map((r) => ({ vendor: r.ai_set!, label: vendorLabel(r.ai_set!), figures: figuresOf(r) })),
    teams: teamRows.filter((r) => r.skill === key && kept.has(r)).map((r) => ({ teamId: r.team_id, name: r.team_name ?? "No team", figures: figuresOf(r) })),
  }));
  const skillRows = rows.filter((r) => r.g === 0);
  return {
    days: period.days,
    from: period.from.toISOString(),
    to: period.to.toISOString(),
    scope: scope.kind,
    withinPoints: WITHIN_POINTS,
    minCalls: MIN_CALLS,
    skills: list,
    totals: {
      fromReviews: skillRows.reduce((sum, r) => sum + Number(r.from_reviews), 0),
      fromScorecards: skillRows.reduce((sum, r) => sum + Number(r.from_scorecards), 0),
    },
    truncated,
  };
}

/** What the trust markers need of a call. */
export interface TrustCall {
  id: number;
  vendor: string;
}

/** Which score: both null for the overall score, as the score reviews name them. */
export interface TrustScoreRef {
  skillSet: string | null;
  skill: string | null;
}

export const trustKey = (ref: TrustScoreRef) => (ref.skillSet === null ? "" : JSON.stringify([ref.skillSet, ref.skill]));
const isAiSet = (set: string | null): set is AiSkillSet => (AI_SKILL_SETS as readonly (string | null)[]).includes(set);

/**
 * For each AI score of the call (its AI vendor's skills, and the overall
 * score of an AI vendor's call): the figures of its Coachboard skill and its
 * vendor over the scope and period, keyed by trustKey. A score that counts
 * towards no Coachboard skill, and every person's score, has none. The marker
 * compares the AI with managers' reviews only: those pairs are found from the
 * (few) reviews, so a call page never reads every scorecard of the period.
 */
export async function trustMarkers(
  sql: SqlConnection,
  scope: CalibrationScope & { kind: TrustMarker["scope"] },
  period: Period,
  call: TrustCall,
  scores: readonly TrustScoreRef[],
): Promise<Map<string, TrustMarker>> {
  const wanted = scores.filter((s) => (s.skillSet === null ? isAiSet(call.vendor) : isAiSet(s.skillSet)));
  const markers = new Map<string, TrustMarker>();
  if (!wanted.length) return markers;
  const [mapped, labels] = await Promise.all([
    sql.all<{ skill_set: string; skill: string; unified_skill: string }>(
      `SELECT s.skill_set, s.skill, m.unified_skill FROM call_scores s JOIN skill_mappings m ON m.skill_set = s.skill_set AND m.skill = s.skill
       WHERE s.call_id = ? AND s.skill_set IN ${AI_SETS_SQL} AND m.unified_skill IS NOT NULL ORDER BY s.id LIMIT ${MAX_CALL_SKILLS}`,
      [call.id],
    ),
    readSkillLabels(sql),
  ]);
  const unifiedOf = new Map(mapped.map((m) => [trustKey({ skillSet: m.skill_set, skill: m.skill }), m.unified_skill]));
  const targets = wanted.flatMap((s) => {
    const set = s.skillSet ?? call.vendor;
    const key = s.skillSet === null ? OVERALL_KEY : unifiedOf.get(trustKey(s));
    return key === undefined ? [] : [{ ref: s, set: set as AiSkillSet, key }];
  });
  const sets = [...new Set(targets.map((t) => t.set))];
  const rowsBySet = new Map(await Promise.all(sets.map(async (set) => [set, await aggregate(sql, scope, period, ["vendor"], set, false)] as const)));
  for (const t of targets) {
    const row = rowsBySet.get(t.set)!.find((r) => r.skill === t.key && r.ai_set === t.set);
    markers.set(trustKey(t.ref), {
      skill: skillOf(t.key),
      label: labels.get(t.key) ?? t.key,
      vendor: t.set,
      vendorLabel: vendorLabel(t.set),
      days: period.days,
      scope: scope.kind,
      withinPoints: WITHIN_POINTS,
      figures: figuresOf(row),
    });
  }
  return markers;
}
