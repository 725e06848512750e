// The score reviews export on real databases: one NDJSON object per override
// or dispute in id order, with its score, reason, evidence and decision, read
// a page at a time, limited to a scope, and as CSV with every cell neutralized.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/roles";
import { decideDispute, disputeScore, disputeSchema, overrideScore, overrideSchema, type ReviewCall } from "@/lib/coaching/score-reviews";
import { addCommentPeople, type CommentPeople } from "@/lib/coaching/test-people";
import { findVisibleCall } from "@/lib/data/get-call";
import { callScope } from "@/lib/data/scope";
import { createTestOrg, type TestOrg } from "@/lib/data/test-org";
import { describeEachDatabase } from "@/lib/testing/databases";
import { csvStream } from "./csv-columns";
import { exportReviews, reviewCsvHeader, reviewCsvLine, type ReviewExportRow } from "./reviews";
import { csvLinesOf, ndjsonOf, recordingSql } from "./test-export";

vi.mock("@/lib/db", async () => (await import("@/lib/data/test-org")).testOrgDbModule);

const at = (minute: number) => new Date(Date.UTC(2026, 1, 2, 9, minute));
const everything = { where: "1 = 1", params: [] };
const scopeOf = (viewer: Viewer) => {
  const scope = callScope(viewer);
  return { where: scope.sql, params: scope.params };
};
const ids = (rows: unknown[]) => (rows as ReviewExportRow[]).map((r) => r.id);
const DISCOVERY = { skillSet: "scorecard", skill: "discovery" };

await describeEachDatabase("the score reviews export", (provider) => {
  let org: TestOrg;
  let p: CommentPeople;
  const r: Record<"override" | "accepted" | "rejected" | "open" | "south", number> = { override: 0, accepted: 0, rejected: 0, open: 0, south: 0 };

  beforeAll(async () => {
    org = await createTestOrg(provider);
    p = await addCommentPeople(org);
    for (const callId of [p.calls.ada1, p.calls.ada2, p.calls.cy1]) {
      await org.sql.run(`INSERT INTO call_scores (call_id, skill_set, skill, label, score) VALUES (?, 'scorecard', 'discovery', 'Discovery', 62)`, [callId]);
    }
    const call = async (id: number) => (await findVisibleCall(p.admin, id)) as ReviewCall;
    const ada1 = await call(p.calls.ada1);
    const ada2 = await call(p.calls.ada2);
    r.override = (await overrideScore(org.sql, ada1, p.nora, overrideSchema.parse({ kind: "override", newScore: 60, reason: "=cmd|' /C calc'!A0" }), at(0))).id;
    r.accepted = (
      await disputeScore(org.sql, ada1, p.ada, disputeSchema.parse({ kind: "dispute", ...DISCOVERY, reason: "I asked three open questions", quote: "what would budget look like", quoteStartSec: 30, quoteEndSec: 34.5, newScore: 80 }), at(1))
    ).id;
    await decideDispute(org.sql, ada1, p.nora, r.accepted, { decision: "accept", newScore: 75, reason: "Fair, two of them were open" }, at(2));
    r.rejected = (await disputeScore(org.sql, ada2, p.ada, disputeSchema.parse({ kind: "dispute", reason: "Booked the meeting", quote: "see you Monday", quoteStartSec: 5, quoteEndSec: 7 }), at(3))).id;
    await decideDispute(org.sql, ada2, p.nora, r.rejected, { decision: "reject", reason: "No next step agreed" }, at(4));
    r.open = (await disputeScore(org.sql, ada2, p.ada, disputeSchema.parse({ kind: "dispute", ...DISCOVERY, reason: "Listened well", quote: "tell me more", quoteStartSec: 9, quoteEndSec: 10 }), at(5))).id;
    r.south = (await overrideScore(org.sql, await call(p.calls.cy1), p.sam, overrideSchema.parse({ kind: "override", ...DISCOVERY, newScore: 40, reason: "Rushed" }), at(6))).id;
  });
  afterAll(async () => {
    await org?.close();
  });

  it("writes each review as one JSON line with its call, score, values, reason, evidence and decision", async () => {
    const rows = (await ndjsonOf(exportReviews(org.sql, everything))) as ReviewExportRow[];
    expect(ids(rows)).toEqual([r.override, r.accepted, r.rejected, r.open, r.south]);
    expect(rows[0]).toEqual({
      id: r.override,
      callId: p.calls.ada1,
      callVendor: "execvision",
      callExternalId: "ada-1",
      repName: "Ada Lane",
      repEmail: "ada@org.example",
      skillSet: null,
      skill: null,
      scoreLabel: "Overall",
      kind: "override",
      state: "applied",
      oldScore: 70,
      newScore: 60,
      reason: "=cmd|' /C calc'!A0",
      quote: null,
      quoteStartSec: null,
      quoteEndSec: null,
      createdByUserId: p.nora.userId,
      createdByName: "Nora North",
      createdByEmail: "nora@org.example",
      decidedByUserId: null,
      decidedByName: null,
      decidedByEmail: null,
      decisionReason: null,
      createdAt: at(0).toISOString(),
      decidedAt: null,
    });
    expect(rows[1]).toMatchObject({
      kind: "dispute",
      state: "accepted",
      skillSet: "scorecard",
      skill: "discovery",
      scoreLabel: "Discovery",
      oldScore: 62,
      newScore: 75,
      quote: "what would budget look like",
      quoteStartSec: 30,
      quoteEndSec: 34.5,
      createdByName: "Ada Lane",
      decidedByUserId: p.nora.userId,
      decidedByName: "Nora North",
      decisionReason: "Fair, two of them were open",
      decidedAt: at(2).toISOString(),
    });
    expect(rows[2]).toMatchObject({ callExternalId: "ada-2", scoreLabel: "Overall", state: "rejected", decisionReason: "No next step agreed", decidedByEmail: "nora@org.example" });
    expect(rows[3]).toMatchObject({ state: "open", decidedByUserId: null, decidedAt: null, quote: "tell me more" });
    expect(rows[4]).toMatchObject({ callExternalId: "cy-1", repName: "Cy Ward", createdByName: "Sam South", newScore: 40 });
  });

  it("names a score the vendor no longer sends by its skill", async () => {
    await org.sql.run(`DELETE FROM call_scores WHERE call_id = ?`, [p.calls.cy1]);
    const rows = (await ndjsonOf(exportReviews(org.sql, everything))) as ReviewExportRow[];
    expect(rows.find((row) => row.id === r.south)).toMatchObject({ skillSet: "scorecard", skill: "discovery", scoreLabel: "discovery" });
  });

  it("reads a page at a time, in id order, and yields the first rows before reading the next page", async () => {
    const whole = await ndjsonOf(exportReviews(org.sql, everything));
    const recorded = recordingSql(org.sql, "score_reviews");
    const rows = exportReviews(recorded.sql, everything, { pageSize: 2 });
    const first = await rows.next();
    expect((first.value as ReviewExportRow).id).toBe(r.override);
    expect(recorded.pages).toHaveLength(1);
    expect(recorded.pages[0]).toMatch(/ORDER BY sr\.id LIMIT 2/);
    const rest = await ndjsonOf({ [Symbol.asyncIterator]: () => rows });
    expect([first.value, ...rest].map((row) => JSON.stringify(row))).toEqual(whole.map((row) => JSON.stringify(row)));
    expect(recorded.pages).toHaveLength(3);
  });

  it("keeps to the scope it is given: a manager's teams' calls, a rep's own", async () => {
    expect(ids(await ndjsonOf(exportReviews(org.sql, scopeOf(p.nora))))).toEqual([r.override, r.accepted, r.rejected, r.open]);
    expect(ids(await ndjsonOf(exportReviews(org.sql, scopeOf(p.ada))))).toEqual([r.override, r.accepted, r.rejected, r.open]);
    expect(ids(await ndjsonOf(exportReviews(org.sql, scopeOf(p.sam))))).toEqual([r.south]);
    expect(ids(await ndjsonOf(exportReviews(org.sql, scopeOf(p.ben))))).toEqual([]);
  });

  it("streams as CSV: a header, then a line per review with formulas neutralized", async () => {
    const lines = await csvLinesOf(csvStream(reviewCsvHeader(), exportReviews(org.sql, everything), reviewCsvLine));
    expect(lines[0]).toBe(
      "id,callId,callVendor,callExternalId,repName,repEmail,skillSet,skill,scoreLabel,kind,state,oldScore,newScore,reason,quote,quoteStartSec,quoteEndSec," +
        "createdByUserId,createdByName,createdByEmail,decidedByUserId,decidedByName,decidedByEmail,decisionReason,createdAt,decidedAt",
    );
    expect(lines).toHaveLength(6);
    expect(lines[1]).toBe(
      `${r.override},${p.calls.ada1},execvision,ada-1,Ada Lane,ada@org.example,,,Overall,override,applied,70,60,'=cmd|' /C calc'!A0,,,,` +
        `${p.nora.userId},Nora North,nora@org.example,,,,,${at(0).toISOString()},`,
    );
    expect(lines[2]).toContain(`,"Fair, two of them were open",`);
  });
});
