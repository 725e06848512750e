import { z } from "zod";
import { SKILL_SETS } from "@/lib/domain/skills";
import { optionalId, periodQuery, vendorFilter } from "@/lib/http/params";

const sortSchema = z.object({
  sort: z
    .string()
    .regex(/^(rank|name|team|calls|scoredCalls|avgScore|talkRatio|questionsAsked|fillerWords|skill:[a-z0-9_]+)$/, { message: "is not a leaderboard column" })
    .default("rank"),
  dir: z.enum(["asc", "desc"]).default("asc"),
});

/** The leaderboard's query string: period, filters, and the sort of the table. */
export const leaderboardQuery = periodQuery.and(
  z.object({
    team: optionalId,
    vendor: vendorFilter.optional(),
    minCalls: z.coerce.number({ message: "must be a number" }).int().min(0).max(10_000, { message: "must be at most 10000" }).default(3),
    skillSet: z.enum(SKILL_SETS, { message: `must be one of ${SKILL_SETS.join(", ")}` }).default("unified"),
  }),
).and(sortSchema);
export type LeaderboardQuery = z.infer<typeof leaderboardQuery>;
