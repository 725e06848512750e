// The voice-agent call statuses Coachboard knows, lower case: shared by the
// schema, the sync and the pages (lib/domain/capabilities), without zod.

/** Statuses after which a call does not change. */
export const FINAL_VOICE_STATUSES = ["completed", "failed", "no_answer", "no-answer", "busy", "canceled", "cancelled", "voicemail"];

/** Statuses of a call still going on, whatever else the record says. */
export const LIVE_VOICE_STATUSES = ["queued", "ringing", "initiated", "in-progress", "in_progress", "ongoing", "active"];
