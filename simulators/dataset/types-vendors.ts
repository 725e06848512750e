// Call analyses, voice-agent and Revont records, exactly as served.

export type AnalysisStatus = "queued" | "processing" | "completed" | "failed" | "cancelled";

export interface AnalysisUtterance { start: number; end: number; speaker: string; transcript: string; text: string }
export interface AnalysisWord { text: string; start: number; end: number; confidence: number; speaker: string }

export interface AnalysisTranscript {
  text: string;
  utterances: AnalysisUtterance[];
  words: AnalysisWord[];
  word_count: number;
  duration_seconds: number;
  overall_sentiment: string;
  sentiment_score: number;
}

export interface AnalysisFeedbackPair { positive: string; negative: string }

export interface AnalysisResult {
  prospect_name: string;
  recording_title: string;
  double_down: string;
  ai_summary: string;
  ai_summary_v5: string;
  questions_asked: number;
  filler_word_count: number;
  words_per_minute: number;
  overall_score: number;
  clarity_score: number;
  influence_score: number;
  objection_score: number;
  discovery_score: number;
  delivery_score: number;
  close_score: number;
  feedback_v5: Record<"clarity" | "influence" | "objection" | "discovery" | "delivery" | "close", AnalysisFeedbackPair>;
  action_plan_v5: { double_down_implementation: string; general_communication_improvement: string; quoted_principle: string };
  organization_prompt_summary: string;
  organization_feedback: string;
  master_prompt_id: string;
  master_prompt_version: string;
  persona_snapshot: Record<string, unknown>;
  synthesis_snapshot: Record<string, unknown>;
}

export interface AnalysisRecord {
  id: string;
  status: AnalysisStatus;
  recording_url: string | null;
  transcript_url: string | null;
  callback_url: string | null;
  options: Record<string, unknown>;
  metadata: {
    rep_email: string;
    rep_name: string;
    rep_speaker: "A";
    prospect_company: string;
    call_started_at: string;
    [key: string]: unknown;
  };
  transcript: AnalysisTranscript | Record<string, never>;
  analysis: AnalysisResult | Record<string, never>;
  error: { code: string; message: string; details: Record<string, unknown> } | Record<string, never>;
  duration_seconds: number | null;
  cost_usd_cents: number;
  created_at: string;
  started_at: string | null;
  completed_at: string | null;
  partner_org_id: string | null;
  partner_rep_id: string | null;
  parent_session_id: string | null;
}

export interface AnalysisEntry {
  /** The record in its final state (or its current one, when it never finishes). */
  record: AnalysisRecord;
  /** Served as `${recordingsBase}/${file}`; null when the call has no audio. */
  recordingFile: string | null;
  /**
   * Analyses still running when the simulator starts: they turn processing and
   * then final these many ms after start, and started_at/completed_at are those moments.
   */
  live: { processingAfterMs: number; finalAfterMs: number } | null;
}

// ---------------------------------------------------------------- Voice agent

export interface VoiceAgentInfo { id: string; name: string; purpose: string }

export interface VoiceAgentSegment { speaker: "agent" | "caller"; text: string; start_time: number; end_time: number }

export interface VoiceAgentCall {
  id: string;
  agent_id: string;
  from_number: string;
  to_number: string;
  direction: "inbound" | "outbound";
  status: string;
  duration: number;
  recording_url: string | null;
  transcript: string;
  transcript_segments: VoiceAgentSegment[];
  sentiment: string;
  call_summary: string;
  metadata: Record<string, unknown>;
  started_at: string;
  ended_at: string;
  created_at: string;
}

export interface VoiceAgentEntry { call: VoiceAgentCall; recordingFile: string | null }

// ---------------------------------------------------------------- Revont

export type RevontOutcome = "won" | "lost" | "follow_up" | "no_outcome";

export interface RevontSegment { speaker: "rep" | "prospect"; start_ms: number; end_ms: number; text: string }

export interface RevontCall {
  id: string;
  created_at: string;
  duration_seconds: number;
  rep_id: string;
  prospect_email: string;
  coaching_score: number;
  outcome: RevontOutcome;
  transcript: RevontSegment[];
}
