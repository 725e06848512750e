// Writes one mapped page (a UnifiedBatch) inside the caller's transaction.
import "server-only";
import type { SqlConnection } from "@/lib/db/sql";
import type { UnifiedBatch } from "@/lib/domain/records";
import {
  writeCallTopics,
  writeFeedback,
  writeKpiDefinitions,
  writeKpiObservations,
  writeListens,
  writeMeetings,
  writePlans,
  writeShares,
  writeTopics,
} from "./activity";
import { writeAnalyses } from "./analyses";
import { writeCalls, writeDeletedCalls, writeMissingCalls, writeTranscriptSpeakers } from "./calls";
import { addCounts, type Counts, emptyCounts, type StoreContext } from "./common";
import { deactivateMissingPeople, writeDepartments, writePeople, writeTeams } from "./people";
import { writeScorecardAnswers, writeScorecards } from "./scorecards";

export type { Counts } from "./common";
export { emptyCounts, addCounts } from "./common";
export { markAbsentCalls } from "./calls";

export async function writeBatch(sql: SqlConnection, batch: UnifiedBatch, now: Date): Promise<Counts> {
  const ctx: StoreContext = { sql, now };
  const counts = emptyCounts();
  if (batch.departments?.length) addCounts(counts, await writeDepartments(ctx, batch.departments));
  if (batch.teams?.length) addCounts(counts, await writeTeams(ctx, batch.teams));
  if (batch.people?.length) {
    const people = emptyCounts();
    const vendors = [...new Set(batch.people.map((p) => p.vendor))];
    for (const vendor of vendors) await writePeople(ctx, vendor, batch.people, people);
    if (batch.peopleSnapshot) {
      for (const vendor of vendors) people.deleted += await deactivateMissingPeople(ctx, vendor, batch.people.filter((p) => p.vendor === vendor).map((p) => p.externalId));
    }
    addCounts(counts, people);
  }
  // Analyses first: a stale status must not bring its call along.
  let calls = batch.calls ?? [];
  if (batch.analyses?.length) {
    const { counts: analysisCounts, accepted } = await writeAnalyses(ctx, batch.analyses);
    addCounts(counts, analysisCounts);
    const analysisVendors = new Set(batch.analyses.map((a) => a.vendor));
    calls = calls.filter((c) => !analysisVendors.has(c.vendor) || accepted.has(c.externalId));
  }
  if (calls.length) addCounts(counts, await writeCalls(ctx, calls));
  if (batch.deletedCalls?.length) addCounts(counts, await writeDeletedCalls(ctx, batch.deletedCalls));
  if (batch.missingCalls?.length) addCounts(counts, await writeMissingCalls(ctx, batch.missingCalls));
  if (batch.transcriptSpeakers?.length) addCounts(counts, await writeTranscriptSpeakers(ctx, batch.transcriptSpeakers));
  if (batch.scorecards?.length) addCounts(counts, await writeScorecards(ctx, batch.scorecards));
  if (batch.scorecardAnswers?.length) addCounts(counts, await writeScorecardAnswers(ctx, batch.scorecardAnswers));
  if (batch.topics?.length) addCounts(counts, await writeTopics(ctx, batch.topics, batch.topicsSnapshot ?? false));
  if (batch.callTopics?.length) addCounts(counts, await writeCallTopics(ctx, batch.callTopics));
  if (batch.feedback?.length) addCounts(counts, await writeFeedback(ctx, batch.feedback));
  if (batch.listens?.length) addCounts(counts, await writeListens(ctx, batch.listens));
  if (batch.shares?.length) addCounts(counts, await writeShares(ctx, batch.shares));
  if (batch.plans?.length) addCounts(counts, await writePlans(ctx, batch.plans));
  if (batch.meetings?.length) addCounts(counts, await writeMeetings(ctx, batch.meetings));
  if (batch.kpiDefinitions?.length) addCounts(counts, await writeKpiDefinitions(ctx, batch.kpiDefinitions));
  if (batch.kpiObservations?.length) addCounts(counts, await writeKpiObservations(ctx, batch.kpiObservations));
  return counts;
}
