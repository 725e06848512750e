// Where each of a call's talk figures comes from: Coachboard's own, worked out
// from a transcript that knows the rep's side, or the vendor's (only for a
// call without such a transcript). The call page labels each figure with it.
import { z } from "zod";
import { callDetailSchema } from "./dto";

export const talkSourceSchema = z.enum(["transcript", "vendor"]);
export type TalkSource = z.infer<typeof talkSourceSchema>;

export const talkSourcesSchema = z.object({
  talkRatio: talkSourceSchema,
  questionsAsked: talkSourceSchema,
  fillerWords: talkSourceSchema,
  wordsPerMinute: talkSourceSchema,
  interruptions: talkSourceSchema,
  longestMonologueSec: talkSourceSchema,
});
export type TalkSources = z.infer<typeof talkSourcesSchema>;

/** The call as the page reads it: the call's DTO and the source of each talk figure. */
export const callDetailWithTalkSourcesSchema = callDetailSchema.extend({ talkSources: talkSourcesSchema });
export type CallDetailWithTalkSources = z.infer<typeof callDetailWithTalkSourcesSchema>;
