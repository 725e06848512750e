// What the topics page shows: how often each tracked topic came up in the
// viewer's calls over a period, week by week, and by team and rep. Kept apart
// from dto.ts, which other parts of the app share.
import { z } from "zod";

const isoString = z.string();
const count = z.number().int().nonnegative();

export const topicTeamSchema = z.object({
  /** Null for calls whose rep belongs to no team. */
  teamId: z.number().int().nullable(),
  name: z.string(),
  mentions: count,
  calls: count,
});

export const topicRepSchema = z.object({
  /** Null for calls linked to no rep (admins only see those). */
  repId: z.number().int().nullable(),
  name: z.string(),
  team: z.string().nullable(),
  mentions: count,
  calls: count,
});

export const topicRowSchema = z.object({
  /** The topic's id at its source: the calls list filters on it (topic=…). */
  externalId: z.string(),
  name: z.string(),
  /** Every match of the topic in the period's calls. */
  mentions: count,
  /** Calls with at least one match. */
  calls: count,
  /** Mentions in each of the report's weeks, in the order of `weeks`. */
  weekly: z.array(count),
  /** Most mentions first; empty for a rep, who sees only his own calls. */
  teams: z.array(topicTeamSchema),
  /** Most mentions first, at most 25 of them. */
  reps: z.array(topicRepSchema),
  /** How many reps mentioned the topic, listed or not. */
  repCount: count,
});
export type TopicRow = z.infer<typeof topicRowSchema>;

export const topicsReportSchema = z.object({
  from: isoString,
  /** The last day the report covers (today at most). */
  to: isoString,
  /** The first day of each week shown, oldest first (weeks start on Thursday, as in every weekly figure). */
  weeks: z.array(isoString),
  /** Most mentions first. */
  topics: z.array(topicRowSchema),
  /** Whether the viewer sees a team breakdown (managers and admins). */
  byTeam: z.boolean(),
});
export type TopicsReport = z.infer<typeof topicsReportSchema>;

export const topicOptionSchema = z.object({ externalId: z.string(), name: z.string() });
export type TopicOption = z.infer<typeof topicOptionSchema>;
