// Scorecards and their answers (ExecVision /scores). Each answer keeps its
// percent from the documented scheme table; per call, the answers become one
// normalized score per skill, and their mean the call's overall score.
import "server-only";
import { insertRows, placeholders, upsertRows } from "@/lib/db/sql";
import type { ScorecardAnswerRecord, ScorecardRecord } from "@/lib/domain/records";
import { skillKey } from "@/lib/domain/skills";
import type { Vendor } from "@/lib/domain/vendors";
import { refreshRollups, rollupKeysOfCalls } from "./rollups";
import { type Counts, dedupeBy, emptyCounts, hashOf, json, selectIn, type StoreContext } from "./common";

export async function writeScorecards(ctx: StoreContext, records: ScorecardRecord[]): Promise<Counts> {
  const counts = emptyCounts();
  for (const card of dedupeBy(records, (r) => `${r.vendor}\u0000${r.externalId}`)) {
    const [existing] = await ctx.sql.all<{ id: number }>(`SELECT id FROM scorecards WHERE vendor = ? AND external_id = ?`, [card.vendor, card.externalId]);
    const [row] = await upsertRows<{ id: number }>(
      ctx.sql,
      { table: "scorecards", columns: ["vendor", "external_id", "name", "scheme", "raw", "created_at", "updated_at"], conflict: ["vendor", "external_id"], update: ["name", "scheme", "raw", "updated_at"], returning: ["id"] },
      [[card.vendor, card.externalId, card.name, card.scheme ?? null, json(card.raw), ctx.now, ctx.now]],
    );
    if (existing) counts.updated++;
    else counts.created++;
    await ctx.sql.run(`DELETE FROM scorecard_questions WHERE scorecard_id = ?`, [row.id]);
    await insertRows(
      ctx.sql,
      "scorecard_questions",
      ["scorecard_id", "external_id", "text", "scheme", "position", "raw"],
      dedupeBy(card.questions, (q) => q.externalId).map((q, position) => [row.id, q.externalId, q.text, q.scheme ?? null, position, json(q.raw)]),
    );
  }
  return counts;
}

const ANSWER_COLUMNS = [
  "vendor", "result_id", "question_external_id", "call_external_id", "scorecard_external_id", "scorecard_name", "question",
  "skill1", "skill2", "skill3", "scheme", "answer", "raw_answer", "percent", "reason", "comment", "reviewer_email",
  "reviewer_team", "caller_email", "caller_team", "scored_at", "vendor_updated_at", "raw", "content_hash",
] as const;

export async function writeScorecardAnswers(ctx: StoreContext, records: ScorecardAnswerRecord[]): Promise<Counts> {
  const counts = emptyCounts();
  const answers = dedupeBy(records, (a) => `${a.vendor}\u0000${a.resultId}\u0000${a.questionExternalId}`);
  if (!answers.length) return counts;
  const byVendor = new Map<Vendor, ScorecardAnswerRecord[]>();
  for (const a of answers) byVendor.set(a.vendor, [...(byVendor.get(a.vendor) ?? []), a]);
  for (const [vendor, list] of byVendor) {
    const existing = await selectIn<{ result_id: string; question_external_id: string; content_hash: string; vendor_updated_at: unknown }>(
      ctx.sql,
      (l) => `SELECT result_id, question_external_id, content_hash, vendor_updated_at FROM scorecard_answers WHERE vendor = ? AND result_id IN (${l})`,
      [vendor],
      [...new Set(list.map((a) => a.resultId))],
    );
    const known = new Map(existing.map((row) => [`${row.result_id}\u0000${row.question_external_id}`, row]));
    const changed = list.filter((a) => {
      const row = known.get(`${a.resultId}\u0000${a.questionExternalId}`);
      if (!row) {
        counts.created++;
        return true;
      }
      // Never let an older copy overwrite a newer one.
      if (toMs(row.vendor_updated_at) > a.vendorUpdatedAt.getTime() || row.content_hash === hashOf(a)) {
        counts.unchanged++;
        return false;
      }
      counts.updated++;
      return true;
    });
    await upsertRows(
      ctx.sql,
      { table: "scorecard_answers", columns: ANSWER_COLUMNS, conflict: ["vendor", "result_id", "question_external_id"] },
      changed.map((a) => [
        a.vendor, a.resultId, a.questionExternalId, a.callExternalId, a.scorecardExternalId, a.scorecardName ?? null, a.question ?? null,
        a.skills[0] ?? null, a.skills[1] ?? null, a.skills[2] ?? null, a.scheme, a.answer ?? null, a.rawAnswer ?? null, a.percent ?? null,
        a.reason ?? null, a.comment ?? null, a.reviewerEmail ?? null, a.reviewerTeam ?? null, a.callerEmail ?? null, a.callerTeam ?? null,
        a.scoredAt, a.vendorUpdatedAt, json(a.raw), hashOf(a),
      ]),
    );
    if (changed.length) await refreshScorecardSkills(ctx, vendor, [...new Set(changed.map((a) => a.callExternalId))]);
  }
  return counts;
}

function toMs(value: unknown): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === "number") return value;
  return new Date(String(value)).getTime();
}

interface AnswerRow {
  call_external_id: string;
  result_id: string;
  scorecard_name: string | null;
  question: string | null;
  skill1: string | null;
  skill2: string | null;
  skill3: string | null;
  percent: number | null;
}

/** Recomputes the scorecard skill scores and overall score of these calls from their answers. */
export async function refreshScorecardSkills(ctx: StoreContext, vendor: Vendor, callExternalIds: string[]): Promise<void> {
  if (!callExternalIds.length) return;
  const answers = await selectIn<AnswerRow>(
    ctx.sql,
    (l) => `SELECT call_external_id, result_id, scorecard_name, question, skill1, skill2, skill3, percent FROM scorecard_answers WHERE vendor = ? AND call_external_id IN (${l})`,
    [vendor],
    callExternalIds,
  );
  if (!answers.length) return;
  const calls = await selectIn<{ id: number; external_id: string }>(
    ctx.sql,
    (l) => `SELECT id, external_id FROM calls WHERE vendor = ? AND external_id IN (${l})`,
    [vendor],
    [...new Set(answers.map((a) => a.call_external_id))],
  );
  if (!calls.length) return;
  const callIds = new Map(calls.map((c) => [c.external_id, Number(c.id)]));
  const perCall = new Map<number, AnswerRow[]>();
  for (const answer of answers) {
    const id = callIds.get(answer.call_external_id);
    if (id !== undefined) perCall.set(id, [...(perCall.get(id) ?? []), answer]);
  }
  const ids = [...perCall.keys()];
  await ctx.sql.run(`DELETE FROM call_scores WHERE skill_set = 'scorecard' AND call_id IN (${placeholders(ids.length)})`, ids);
  const rows: (string | number | boolean | null)[][] = [];
  for (const [callId, list] of perCall) {
    const scored = list.filter((a) => a.percent !== null);
    const skills = new Map<string, { label: string; percents: number[]; answers: { question: string | null; percent: number; scorecard: string | null }[] }>();
    for (const answer of scored) {
      for (const skill of [answer.skill1, answer.skill2, answer.skill3]) {
        if (!skill) continue;
        const entry = skills.get(skillKey(skill)) ?? { label: skill, percents: [], answers: [] };
        entry.percents.push(Number(answer.percent));
        entry.answers.push({ question: answer.question, percent: Number(answer.percent), scorecard: answer.scorecard_name });
        skills.set(skillKey(skill), entry);
      }
    }
    for (const [key, entry] of skills) {
      rows.push([callId, "scorecard", key, entry.label, mean(entry.percents), null, null, false, null, JSON.stringify({ answers: entry.answers })]);
    }
    const overall = scored.length ? mean(scored.map((a) => Number(a.percent))) : null;
    await ctx.sql.run(`UPDATE calls SET overall_score = ? WHERE id = ?`, [overall, callId]);
  }
  await insertRows(ctx.sql, "call_scores", ["call_id", "skill_set", "skill", "label", "score", "weight", "explanation", "insufficient_evidence", "evidence", "details"], rows);
  await refreshRollups(ctx.sql, await rollupKeysOfCalls(ctx.sql, ids));
}

function mean(values: number[]): number {
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}
