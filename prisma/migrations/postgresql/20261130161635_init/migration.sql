-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "departments" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "vendor" TEXT,
    "external_id" TEXT,
    "raw" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "departments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "teams" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "department_id" INTEGER,
    "vendor" TEXT,
    "external_id" TEXT,
    "manager_external_id" TEXT,
    "raw" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "teams_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reps" (
    "id" SERIAL NOT NULL,
    "email" TEXT,
    "name" TEXT NOT NULL,
    "team_id" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "reps_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rep_identities" (
    "id" SERIAL NOT NULL,
    "vendor" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "rep_id" INTEGER NOT NULL,
    "email" TEXT,
    "first_name" TEXT,
    "last_name" TEXT,
    "team_external_id" TEXT,
    "department_external_id" TEXT,
    "system_ids" JSONB,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "raw" JSONB,
    "content_hash" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "rep_identities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "rep_id" INTEGER,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_teams" (
    "user_id" INTEGER NOT NULL,
    "team_id" INTEGER NOT NULL,

    CONSTRAINT "user_teams_pkey" PRIMARY KEY ("user_id","team_id")
);

-- CreateTable
CREATE TABLE "calls" (
    "id" SERIAL NOT NULL,
    "vendor" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "rep_id" INTEGER,
    "rep_external_id" TEXT,
    "title" TEXT,
    "started_at" TIMESTAMP(3) NOT NULL,
    "ended_at" TIMESTAMP(3),
    "duration_sec" DOUBLE PRECISION,
    "direction" TEXT,
    "outcome" TEXT,
    "status" TEXT,
    "recording_url" TEXT,
    "original_path" TEXT,
    "from_number" TEXT,
    "to_number" TEXT,
    "prospect_name" TEXT,
    "prospect_email" TEXT,
    "prospect_company" TEXT,
    "contact" JSONB,
    "summary" TEXT,
    "next_steps" JSONB,
    "questions_and_answers" JSONB,
    "sentiment" TEXT,
    "sentiment_score" DOUBLE PRECISION,
    "overall_score" DOUBLE PRECISION,
    "talk_ratio" DOUBLE PRECISION,
    "questions_asked" INTEGER,
    "filler_words" INTEGER,
    "words_per_minute" DOUBLE PRECISION,
    "interruptions" INTEGER,
    "longest_monologue_sec" DOUBLE PRECISION,
    "talk_stats" JSONB,
    "crm_matches" JSONB,
    "metadata" JSONB,
    "vendor_created_at" TIMESTAMP(3),
    "vendor_updated_at" TIMESTAMP(3),
    "raw" JSONB NOT NULL,
    "content_hash" TEXT NOT NULL,
    "deleted_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "calls_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "transcripts" (
    "call_id" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "segment_count" INTEGER NOT NULL,
    "word_count" INTEGER NOT NULL,
    "duration_ms" INTEGER,
    "segments" JSONB NOT NULL,
    "words" JSONB,
    "speakers" JSONB,
    "text" TEXT NOT NULL,
    "raw" JSONB,
    "content_hash" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "transcripts_pkey" PRIMARY KEY ("call_id")
);

-- CreateTable
CREATE TABLE "call_scores" (
    "id" SERIAL NOT NULL,
    "call_id" INTEGER NOT NULL,
    "skill_set" TEXT NOT NULL,
    "skill" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "weight" DOUBLE PRECISION,
    "explanation" TEXT,
    "insufficient_evidence" BOOLEAN NOT NULL DEFAULT false,
    "evidence" JSONB,
    "details" JSONB,

    CONSTRAINT "call_scores_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "call_insights" (
    "call_id" INTEGER NOT NULL,
    "lead" JSONB,
    "messaging" JSONB,
    "targeting" JSONB,
    "call_metadata" JSONB,
    "gap_skill" DOUBLE PRECISION,
    "gap_playbook" DOUBLE PRECISION,
    "gap_rationale" TEXT,
    "action_plan" JSONB,
    "analysis_extras" JSONB,

    CONSTRAINT "call_insights_pkey" PRIMARY KEY ("call_id")
);

-- CreateTable
CREATE TABLE "coaching_items" (
    "id" SERIAL NOT NULL,
    "call_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "facet" TEXT,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "coaching_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "deleted_calls" (
    "id" SERIAL NOT NULL,
    "vendor" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "deleted_at" TIMESTAMP(3) NOT NULL,
    "caller_external_id" TEXT,
    "call_time" TIMESTAMP(3),
    "raw" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "deleted_calls_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "scorecards" (
    "id" SERIAL NOT NULL,
    "vendor" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "scheme" TEXT,
    "raw" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "scorecards_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "scorecard_questions" (
    "id" SERIAL NOT NULL,
    "scorecard_id" INTEGER NOT NULL,
    "external_id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "scheme" TEXT,
    "position" INTEGER NOT NULL,
    "raw" JSONB,

    CONSTRAINT "scorecard_questions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "scorecard_answers" (
    "id" SERIAL NOT NULL,
    "vendor" TEXT NOT NULL,
    "result_id" TEXT NOT NULL,
    "question_external_id" TEXT NOT NULL,
    "call_external_id" TEXT NOT NULL,
    "scorecard_external_id" TEXT NOT NULL,
    "scorecard_name" TEXT,
    "question" TEXT,
    "skill1" TEXT,
    "skill2" TEXT,
    "skill3" TEXT,
    "scheme" TEXT NOT NULL,
    "answer" DOUBLE PRECISION,
    "raw_answer" DOUBLE PRECISION,
    "percent" DOUBLE PRECISION,
    "reason" TEXT,
    "comment" TEXT,
    "reviewer_email" TEXT,
    "reviewer_team" TEXT,
    "caller_email" TEXT,
    "caller_team" TEXT,
    "scored_at" TIMESTAMP(3) NOT NULL,
    "vendor_updated_at" TIMESTAMP(3) NOT NULL,
    "raw" JSONB NOT NULL,
    "content_hash" TEXT NOT NULL,

    CONSTRAINT "scorecard_answers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "topics" (
    "id" SERIAL NOT NULL,
    "vendor" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "words" JSONB NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "raw" JSONB NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "topics_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "call_topic_summaries" (
    "id" SERIAL NOT NULL,
    "vendor" TEXT NOT NULL,
    "call_external_id" TEXT NOT NULL,
    "vendor_updated_at" TIMESTAMP(3) NOT NULL,
    "question_counts" JSONB,
    "raw" JSONB NOT NULL,
    "content_hash" TEXT NOT NULL,

    CONSTRAINT "call_topic_summaries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "topic_matches" (
    "id" SERIAL NOT NULL,
    "summary_id" INTEGER NOT NULL,
    "topic_external_id" TEXT NOT NULL,
    "topic_name" TEXT NOT NULL,
    "block_index" INTEGER NOT NULL,
    "block_start_sec" DOUBLE PRECISION NOT NULL,
    "block_end_sec" DOUBLE PRECISION NOT NULL,
    "block_text" TEXT NOT NULL,
    "speaker_type" TEXT NOT NULL,
    "search_text" JSONB NOT NULL,
    "matching_text" TEXT NOT NULL,
    "start_sec" DOUBLE PRECISION NOT NULL,
    "end_sec" DOUBLE PRECISION NOT NULL,
    "start_index" INTEGER NOT NULL,
    "end_index" INTEGER NOT NULL,

    CONSTRAINT "topic_matches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "feedback" (
    "id" SERIAL NOT NULL,
    "vendor" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "call_external_id" TEXT NOT NULL,
    "author_external_id" TEXT NOT NULL,
    "is_comment" BOOLEAN NOT NULL,
    "is_highlight" BOOLEAN NOT NULL,
    "text" TEXT,
    "start_sec" DOUBLE PRECISION NOT NULL,
    "end_sec" DOUBLE PRECISION,
    "given_at" TIMESTAMP(3) NOT NULL,
    "vendor_updated_at" TIMESTAMP(3) NOT NULL,
    "raw" JSONB NOT NULL,
    "content_hash" TEXT NOT NULL,

    CONSTRAINT "feedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "listens" (
    "id" SERIAL NOT NULL,
    "vendor" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "call_external_id" TEXT NOT NULL,
    "listener_external_id" TEXT NOT NULL,
    "caller_external_id" TEXT,
    "listened_on" TEXT NOT NULL,
    "seconds_listened" DOUBLE PRECISION NOT NULL,
    "raw" JSONB NOT NULL,
    "content_hash" TEXT NOT NULL,

    CONSTRAINT "listens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "shares" (
    "id" SERIAL NOT NULL,
    "vendor" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "call_external_id" TEXT NOT NULL,
    "shared_by_external_id" TEXT NOT NULL,
    "shared_at" TIMESTAMP(3) NOT NULL,
    "recipient_user_ids" JSONB NOT NULL,
    "recipient_emails" JSONB NOT NULL,
    "raw" JSONB NOT NULL,
    "content_hash" TEXT NOT NULL,

    CONSTRAINT "shares_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "coaching_plans" (
    "id" SERIAL NOT NULL,
    "vendor" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "objective" TEXT,
    "start_date" TIMESTAMP(3),
    "coach_external_id" TEXT,
    "recipient_external_id" TEXT,
    "planned_meetings" INTEGER,
    "completed_meetings" INTEGER,
    "estimated_missed_meetings" INTEGER,
    "vendor_updated_at" TIMESTAMP(3) NOT NULL,
    "raw" JSONB NOT NULL,
    "content_hash" TEXT NOT NULL,

    CONSTRAINT "coaching_plans_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "coaching_plan_skills" (
    "id" SERIAL NOT NULL,
    "plan_id" INTEGER NOT NULL,
    "skill_external_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "coaching_plan_skills_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "coaching_meetings" (
    "id" SERIAL NOT NULL,
    "vendor" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "plan_external_id" TEXT,
    "coach_external_id" TEXT,
    "recipient_external_id" TEXT,
    "scheduled_at" TIMESTAMP(3),
    "started_at" TIMESTAMP(3),
    "ended_at" TIMESTAMP(3),
    "questions" JSONB,
    "comments" TEXT,
    "vendor_updated_at" TIMESTAMP(3) NOT NULL,
    "raw" JSONB NOT NULL,
    "content_hash" TEXT NOT NULL,

    CONSTRAINT "coaching_meetings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meeting_skill_scores" (
    "id" SERIAL NOT NULL,
    "meeting_id" INTEGER NOT NULL,
    "skill" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "meeting_skill_scores_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meeting_call_reviews" (
    "id" SERIAL NOT NULL,
    "meeting_id" INTEGER NOT NULL,
    "call_external_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "questions" JSONB NOT NULL,

    CONSTRAINT "meeting_call_reviews_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kpi_definitions" (
    "id" SERIAL NOT NULL,
    "vendor" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "frequency" TEXT NOT NULL,
    "target" DOUBLE PRECISION,
    "raw" JSONB NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "kpi_definitions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "kpi_observations" (
    "id" SERIAL NOT NULL,
    "vendor" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "kpi_external_id" TEXT NOT NULL,
    "observer_external_id" TEXT,
    "observed_external_id" TEXT NOT NULL,
    "observed_at" TIMESTAMP(3) NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "vendor_updated_at" TIMESTAMP(3) NOT NULL,
    "raw" JSONB NOT NULL,
    "content_hash" TEXT NOT NULL,

    CONSTRAINT "kpi_observations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "analyses" (
    "id" SERIAL NOT NULL,
    "vendor" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "recording_url" TEXT,
    "transcript_url" TEXT,
    "callback_url" TEXT,
    "options" JSONB,
    "metadata" JSONB,
    "error_code" TEXT,
    "error_message" TEXT,
    "error_details" JSONB,
    "duration_seconds" INTEGER,
    "cost_usd_cents" DOUBLE PRECISION,
    "vendor_created_at" TIMESTAMP(3),
    "started_at" TIMESTAMP(3),
    "completed_at" TIMESTAMP(3),
    "partner_org_id" TEXT,
    "partner_rep_id" TEXT,
    "parent_session_id" TEXT,
    "raw" JSONB NOT NULL,
    "content_hash" TEXT NOT NULL,
    "next_fetch_at" TIMESTAMP(3),
    "fetch_attempts" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "analyses_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sync_states" (
    "vendor" TEXT NOT NULL,
    "stream" TEXT NOT NULL,
    "cursor" TEXT,
    "state" JSONB,
    "version" INTEGER NOT NULL DEFAULT 0,
    "last_success_at" TIMESTAMP(3),
    "last_error" TEXT,
    "last_error_at" TIMESTAMP(3),
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "sync_states_pkey" PRIMARY KEY ("vendor","stream")
);

-- CreateTable
CREATE TABLE "sync_leases" (
    "vendor" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "acquired_at" TIMESTAMP(3) NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "sync_leases_pkey" PRIMARY KEY ("vendor")
);

-- CreateTable
CREATE TABLE "sync_runs" (
    "id" SERIAL NOT NULL,
    "vendor" TEXT NOT NULL,
    "stream" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "started_at" TIMESTAMP(3) NOT NULL,
    "ended_at" TIMESTAMP(3),
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "deleted" INTEGER NOT NULL DEFAULT 0,
    "dead_lettered" INTEGER NOT NULL DEFAULT 0,
    "requests" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,

    CONSTRAINT "sync_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dead_letters" (
    "id" SERIAL NOT NULL,
    "vendor" TEXT NOT NULL,
    "stream" TEXT NOT NULL,
    "external_id" TEXT,
    "payload" TEXT NOT NULL,
    "error" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL,
    "resolved_at" TIMESTAMP(3),

    CONSTRAINT "dead_letters_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_deliveries" (
    "id" SERIAL NOT NULL,
    "vendor" TEXT NOT NULL,
    "body_hash" TEXT NOT NULL,
    "resource_id" TEXT NOT NULL,
    "received_at" TIMESTAMP(3) NOT NULL,
    "processed_at" TIMESTAMP(3),
    "error" TEXT,

    CONSTRAINT "webhook_deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "departments_vendor_external_id_key" ON "departments"("vendor", "external_id");

-- CreateIndex
CREATE UNIQUE INDEX "teams_vendor_external_id_key" ON "teams"("vendor", "external_id");

-- CreateIndex
CREATE UNIQUE INDEX "reps_email_key" ON "reps"("email");

-- CreateIndex
CREATE INDEX "reps_team_id_idx" ON "reps"("team_id");

-- CreateIndex
CREATE INDEX "rep_identities_rep_id_idx" ON "rep_identities"("rep_id");

-- CreateIndex
CREATE INDEX "rep_identities_email_idx" ON "rep_identities"("email");

-- CreateIndex
CREATE UNIQUE INDEX "rep_identities_vendor_external_id_key" ON "rep_identities"("vendor", "external_id");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "users_rep_id_key" ON "users"("rep_id");

-- CreateIndex
CREATE INDEX "user_teams_team_id_idx" ON "user_teams"("team_id");

-- CreateIndex
CREATE INDEX "calls_rep_id_started_at_idx" ON "calls"("rep_id", "started_at");

-- CreateIndex
CREATE INDEX "calls_started_at_idx" ON "calls"("started_at");

-- CreateIndex
CREATE UNIQUE INDEX "calls_vendor_external_id_key" ON "calls"("vendor", "external_id");

-- CreateIndex
CREATE INDEX "call_scores_skill_set_skill_idx" ON "call_scores"("skill_set", "skill");

-- CreateIndex
CREATE UNIQUE INDEX "call_scores_call_id_skill_set_skill_key" ON "call_scores"("call_id", "skill_set", "skill");

-- CreateIndex
CREATE INDEX "coaching_items_call_id_idx" ON "coaching_items"("call_id");

-- CreateIndex
CREATE UNIQUE INDEX "deleted_calls_vendor_external_id_key" ON "deleted_calls"("vendor", "external_id");

-- CreateIndex
CREATE UNIQUE INDEX "scorecards_vendor_external_id_key" ON "scorecards"("vendor", "external_id");

-- CreateIndex
CREATE UNIQUE INDEX "scorecard_questions_scorecard_id_external_id_key" ON "scorecard_questions"("scorecard_id", "external_id");

-- CreateIndex
CREATE INDEX "scorecard_answers_vendor_call_external_id_idx" ON "scorecard_answers"("vendor", "call_external_id");

-- CreateIndex
CREATE UNIQUE INDEX "scorecard_answers_vendor_result_id_question_external_id_key" ON "scorecard_answers"("vendor", "result_id", "question_external_id");

-- CreateIndex
CREATE UNIQUE INDEX "topics_vendor_external_id_key" ON "topics"("vendor", "external_id");

-- CreateIndex
CREATE UNIQUE INDEX "call_topic_summaries_vendor_call_external_id_key" ON "call_topic_summaries"("vendor", "call_external_id");

-- CreateIndex
CREATE INDEX "topic_matches_summary_id_idx" ON "topic_matches"("summary_id");

-- CreateIndex
CREATE INDEX "feedback_vendor_call_external_id_idx" ON "feedback"("vendor", "call_external_id");

-- CreateIndex
CREATE UNIQUE INDEX "feedback_vendor_external_id_key" ON "feedback"("vendor", "external_id");

-- CreateIndex
CREATE INDEX "listens_vendor_call_external_id_idx" ON "listens"("vendor", "call_external_id");

-- CreateIndex
CREATE UNIQUE INDEX "listens_vendor_external_id_key" ON "listens"("vendor", "external_id");

-- CreateIndex
CREATE INDEX "shares_vendor_call_external_id_idx" ON "shares"("vendor", "call_external_id");

-- CreateIndex
CREATE UNIQUE INDEX "shares_vendor_external_id_key" ON "shares"("vendor", "external_id");

-- CreateIndex
CREATE INDEX "coaching_plans_recipient_external_id_idx" ON "coaching_plans"("recipient_external_id");

-- CreateIndex
CREATE UNIQUE INDEX "coaching_plans_vendor_external_id_key" ON "coaching_plans"("vendor", "external_id");

-- CreateIndex
CREATE UNIQUE INDEX "coaching_plan_skills_plan_id_skill_external_id_key" ON "coaching_plan_skills"("plan_id", "skill_external_id");

-- CreateIndex
CREATE INDEX "coaching_meetings_vendor_plan_external_id_idx" ON "coaching_meetings"("vendor", "plan_external_id");

-- CreateIndex
CREATE UNIQUE INDEX "coaching_meetings_vendor_external_id_key" ON "coaching_meetings"("vendor", "external_id");

-- CreateIndex
CREATE UNIQUE INDEX "meeting_skill_scores_meeting_id_skill_key" ON "meeting_skill_scores"("meeting_id", "skill");

-- CreateIndex
CREATE INDEX "meeting_call_reviews_meeting_id_idx" ON "meeting_call_reviews"("meeting_id");

-- CreateIndex
CREATE UNIQUE INDEX "kpi_definitions_vendor_external_id_key" ON "kpi_definitions"("vendor", "external_id");

-- CreateIndex
CREATE INDEX "kpi_observations_vendor_observed_external_id_idx" ON "kpi_observations"("vendor", "observed_external_id");

-- CreateIndex
CREATE UNIQUE INDEX "kpi_observations_vendor_external_id_key" ON "kpi_observations"("vendor", "external_id");

-- CreateIndex
CREATE INDEX "analyses_status_next_fetch_at_idx" ON "analyses"("status", "next_fetch_at");

-- CreateIndex
CREATE UNIQUE INDEX "analyses_vendor_external_id_key" ON "analyses"("vendor", "external_id");

-- CreateIndex
CREATE INDEX "sync_runs_vendor_stream_started_at_idx" ON "sync_runs"("vendor", "stream", "started_at");

-- CreateIndex
CREATE INDEX "dead_letters_vendor_stream_created_at_idx" ON "dead_letters"("vendor", "stream", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "webhook_deliveries_vendor_body_hash_key" ON "webhook_deliveries"("vendor", "body_hash");

-- AddForeignKey
ALTER TABLE "teams" ADD CONSTRAINT "teams_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reps" ADD CONSTRAINT "reps_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rep_identities" ADD CONSTRAINT "rep_identities_rep_id_fkey" FOREIGN KEY ("rep_id") REFERENCES "reps"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_rep_id_fkey" FOREIGN KEY ("rep_id") REFERENCES "reps"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_teams" ADD CONSTRAINT "user_teams_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_teams" ADD CONSTRAINT "user_teams_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "calls" ADD CONSTRAINT "calls_rep_id_fkey" FOREIGN KEY ("rep_id") REFERENCES "reps"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transcripts" ADD CONSTRAINT "transcripts_call_id_fkey" FOREIGN KEY ("call_id") REFERENCES "calls"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "call_scores" ADD CONSTRAINT "call_scores_call_id_fkey" FOREIGN KEY ("call_id") REFERENCES "calls"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "call_insights" ADD CONSTRAINT "call_insights_call_id_fkey" FOREIGN KEY ("call_id") REFERENCES "calls"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "coaching_items" ADD CONSTRAINT "coaching_items_call_id_fkey" FOREIGN KEY ("call_id") REFERENCES "calls"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "scorecard_questions" ADD CONSTRAINT "scorecard_questions_scorecard_id_fkey" FOREIGN KEY ("scorecard_id") REFERENCES "scorecards"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "topic_matches" ADD CONSTRAINT "topic_matches_summary_id_fkey" FOREIGN KEY ("summary_id") REFERENCES "call_topic_summaries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "coaching_plan_skills" ADD CONSTRAINT "coaching_plan_skills_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "coaching_plans"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_skill_scores" ADD CONSTRAINT "meeting_skill_scores_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "coaching_meetings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_call_reviews" ADD CONSTRAINT "meeting_call_reviews_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "coaching_meetings"("id") ON DELETE CASCADE ON UPDATE CASCADE;
