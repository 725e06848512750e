// Calls as flat export rows, streamed in id order a page at a time so an
// export of a million calls never holds more than one page in memory.
import "server-only";
import { placeholders, type SqlConnection, type SqlValue } from "@/lib/db/sql";
import { segmentsSchema } from "@/lib/domain/transcript";
import { parseJsonColumn, toDate } from "@/lib/db/values";
import { csvLine } from "./csv";
import { EXPORT_PAGE_SIZE, keysetPages } from "./pages";

export interface ExportRow {
  vendor: string;
  externalId: string;
  repExternalId: string | null;
  repEmail: string | null;
  startedAt: string;
  durationSec: number | null;
  overallScore: number | null;
  skills: Record<string, number>;
  transcript?: { speaker: string; startSec: number; endSec: number; text: string }[];
}

export interface ExportScope {
  /** SQL condition on calls c (and reps r); "1 = 1" exports everything. */
  where: string;
  params: SqlValue[];
}

export async function* exportCalls(sql: SqlConnection, scope: ExportScope, options: { withTranscript: boolean }): AsyncGenerator<ExportRow> {
  const pages = keysetPages(EXPORT_PAGE_SIZE, (after, limit) =>
    sql.all<{ id: number; vendor: string; external_id: string; rep_external_id: string | null; email: string | null; started_at: unknown; duration_sec: number | null; overall_score: number | null }>(
      `SELECT c.id, c.vendor, c.external_id, c.rep_external_id, r.email, c.started_at, c.duration_sec, c.overall_score
       FROM calls c LEFT JOIN reps r ON r.id = c.rep_id
       WHERE c.deleted_at IS NULL AND c.id > ? AND (${scope.where})
       ORDER BY c.id LIMIT ${limit}`,
      [after, ...scope.params],
    ),
  );
  for await (const calls of pages) {
    const ids = calls.map((c) => Number(c.id));
    const list = placeholders(ids.length);
    const skills = new Map<number, Record<string, number>>();
    for (const row of await sql.all<{ call_id: number; skill: string; score: number }>(`SELECT call_id, skill, score FROM call_scores WHERE call_id IN (${list}) ORDER BY call_id, skill_set, skill`, ids)) {
      const entry = skills.get(Number(row.call_id)) ?? {};
      entry[row.skill] = Number(row.score);
      skills.set(Number(row.call_id), entry);
    }
    const transcripts = new Map<number, ExportRow["transcript"]>();
    if (options.withTranscript) {
      for (const row of await sql.all<{ call_id: number; segments: unknown }>(`SELECT call_id, segments FROM transcripts WHERE call_id IN (${list})`, ids)) {
        const segments = segmentsSchema.parse(parseJsonColumn(row.segments));
        transcripts.set(
          Number(row.call_id),
          segments.map((s) => ({ speaker: s.speaker, startSec: s.startMs / 1000, endSec: s.endMs / 1000, text: s.text })),
        );
      }
    }
    for (const call of calls) {
      const row: ExportRow = {
        vendor: call.vendor,
        externalId: call.external_id,
        repExternalId: call.rep_external_id,
        repEmail: call.email,
        startedAt: toDate(call.started_at)!.toISOString(),
        durationSec: call.duration_sec === null ? null : Number(call.duration_sec),
        overallScore: call.overall_score === null ? null : Number(call.overall_score),
        skills: skills.get(Number(call.id)) ?? {},
      };
      if (options.withTranscript) row.transcript = transcripts.get(Number(call.id)) ?? [];
      yield row;
    }
  }
}

const CSV_COLUMNS = ["vendor", "externalId", "repExternalId", "repEmail", "startedAt", "durationSec", "overallScore", "skills"] as const;

export function exportCsvHeader(): string {
  return csvLine(CSV_COLUMNS);
}

export function exportCsvLine(row: ExportRow): string {
  return csvLine(CSV_COLUMNS.map((column) => (column === "skills" ? row.skills : row[column])));
}
