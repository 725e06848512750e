// Salesfinity scored calls, exactly as the vendor serves them.

export interface SfEvidence { start_sec: number; end_sec: number; text: string }

export interface SfFacetBase {
  score: number;
  weight_pct: number;
  explanation: string;
  insufficient_evidence: boolean;
  evidence: SfEvidence[];
}

export interface SfFacets {
  intro: SfFacetBase & {
    checks: { permission_opener_used: boolean; opener_length_sec: number; time_to_opener_sec: number; improvement_recommendation: string };
  };
  discovery: SfFacetBase & {
    metrics: { total_questions: number; open_question_ratio: number; improvement_recommendation: string; topic_coverage: string[] };
  };
  pitch: SfFacetBase & {
    metrics: { core_pitch_duration_sec: number; tailored_to_discovery: boolean; improvement_recommendation: string; outcome_keywords: string[] };
  };
  tonality: SfFacetBase & {
    metrics: { estimated_wpm: number; interruptions_by_rep: number; filler_density_per_min: number; improvement_recommendation: string };
  };
  objection_handling: SfFacetBase & {
    metrics: { objections_detected: string[]; followup_probe_present: boolean; resolution_check_present: boolean; improvement_recommendation: string };
  };
  cta: SfFacetBase & {
    metrics: { cta_attempted: boolean; cta_type: string; specific_time_offered: boolean; improvement_recommendation: string; outcome: string };
  };
}

export interface SfScoredCall {
  _id: string;
  insight: {
    total_score: number;
    lead: {
      function: string;
      tech_stack_mentioned: string[];
      current_vendor: string;
      fit_score: number;
      is_decision_maker: boolean;
      is_correct_persona: boolean;
      pain_point_resonated: boolean;
      is_qualified_meeting: boolean;
      is_likely_to_buy: boolean;
      prospect_lifecycle_stage: string[];
    };
    messaging: {
      value_prop_resonated: string[];
      objection_outcome: string[];
      emotional_triggers: string[];
      recommendation_to_nail_messaging: string;
    };
    targeting_feedback: {
      persona_fit: string;
      industry_fit: string;
      persona_seniority: string;
      title_relevance: string;
      data_quality_issue: string[];
      future_follow_up_needed: boolean;
      follow_up_reason: string[];
    };
    metadata: {
      duration_sec: number;
      asr_confidence_avg: number;
      audio_features_available: boolean;
      talk_listen_ratio_rep: number;
      total_questions: number;
      open_question_ratio: number;
      interruptions_by_rep: number;
      core_pitch_duration_sec: number;
      estimated_wpm_rep: number;
      objections_detected: string[];
    };
    facets: SfFacets;
    gaps: { skill: number; playbook: number; rationale: string };
    coaching: { top_wins: string[]; top_opportunities: string[]; suggested_drills: { facet: string; assignment: string }[] };
  };
  type: "call";
  call_log: {
    _id: string;
    contact: { first_name: string; last_name: string; company: string; title?: string; phone?: string; email?: string };
    recording_url: string;
    duration: number;
  };
  user: { _id: string; email: string; first_name: string; last_name: string };
  createdAt: string;
  updatedAt: string;
}

