-- CreateTable
CREATE TABLE "departments" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "vendor" TEXT,
    "external_id" TEXT,
    "raw" JSONB,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "teams" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "department_id" INTEGER,
    "vendor" TEXT,
    "external_id" TEXT,
    "manager_external_id" TEXT,
    "raw" JSONB,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL,
    CONSTRAINT "teams_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "reps" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT,
    "name" TEXT NOT NULL,
    "team_id" INTEGER,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL,
    CONSTRAINT "reps_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "rep_identities" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
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
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL,
    CONSTRAINT "rep_identities_rep_id_fkey" FOREIGN KEY ("rep_id") REFERENCES "reps" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "users" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "rep_id" INTEGER,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL,
    CONSTRAINT "users_rep_id_fkey" FOREIGN KEY ("rep_id") REFERENCES "reps" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "user_teams" (
    "user_id" INTEGER NOT NULL,
    "team_id" INTEGER NOT NULL,

    PRIMARY KEY ("user_id", "team_id"),
    CONSTRAINT "user_teams_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "user_teams_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "calls" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "vendor" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "rep_id" INTEGER,
    "rep_external_id" TEXT,
    "title" TEXT,
    "started_at" DATETIME NOT NULL,
    "ended_at" DATETIME,
    "duration_sec" REAL,
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
    "sentiment_score" REAL,
    "overall_score" REAL,
    "talk_ratio" REAL,
    "questions_asked" INTEGER,
    "filler_words" INTEGER,
    "words_per_minute" REAL,
    "interruptions" INTEGER,
    "longest_monologue_sec" REAL,
    "talk_stats" JSONB,
    "crm_matches" JSONB,
    "metadata" JSONB,
    "vendor_created_at" DATETIME,
    "vendor_updated_at" DATETIME,
    "raw" JSONB NOT NULL,
    "content_hash" TEXT NOT NULL,
    "deleted_at" DATETIME,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL,
    CONSTRAINT "calls_rep_id_fkey" FOREIGN KEY ("rep_id") REFERENCES "reps" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "transcripts" (
    "call_id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
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
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL,
    CONSTRAINT "transcripts_call_id_fkey" FOREIGN KEY ("call_id") REFERENCES "calls" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "call_scores" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "call_id" INTEGER NOT NULL,
    "skill_set" TEXT NOT NULL,
    "skill" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "score" REAL NOT NULL,
    "weight" REAL,
    "explanation" TEXT,
    "insufficient_evidence" BOOLEAN NOT NULL DEFAULT false,
    "evidence" JSONB,
    "details" JSONB,
    CONSTRAINT "call_scores_call_id_fkey" FOREIGN KEY ("call_id") REFERENCES "calls" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "call_insights" (
    "call_id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "lead" JSONB,
    "messaging" JSONB,
    "targeting" JSONB,
    "call_metadata" JSONB,
    "gap_skill" REAL,
    "gap_playbook" REAL,
    "gap_rationale" TEXT,
    "action_plan" JSONB,
    "analysis_extras" JSONB,
    CONSTRAINT "call_insights_call_id_fkey" FOREIGN KEY ("call_id") REFERENCES "calls" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "coaching_items" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "call_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "facet" TEXT,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    CONSTRAINT "coaching_items_call_id_fkey" FOREIGN KEY ("call_id") REFERENCES "calls" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "deleted_calls" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "vendor" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "deleted_at" DATETIME NOT NULL,
    "caller_external_id" TEXT,
    "call_time" DATETIME,
    "raw" JSONB NOT NULL,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "scorecards" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "vendor" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "scheme" TEXT,
    "raw" JSONB,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "scorecard_questions" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "scorecard_id" INTEGER NOT NULL,
    "external_id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "scheme" TEXT,
    "position" INTEGER NOT NULL,
    "raw" JSONB,
    CONSTRAINT "scorecard_questions_scorecard_id_fkey" FOREIGN KEY ("scorecard_id") REFERENCES "scorecards" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "scorecard_answers" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
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
    "answer" REAL,
    "raw_answer" REAL,
    "percent" REAL,
    "reason" TEXT,
    "comment" TEXT,
    "reviewer_email" TEXT,
    "reviewer_team" TEXT,
    "caller_email" TEXT,
    "caller_team" TEXT,
    "scored_at" DATETIME NOT NULL,
    "vendor_updated_at" DATETIME NOT NULL,
    "raw" JSONB NOT NULL,
    "content_hash" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "topics" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "vendor" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "words" JSONB NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "raw" JSONB NOT NULL,
    "updated_at" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "call_topic_summaries" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "vendor" TEXT NOT NULL,
    "call_external_id" TEXT NOT NULL,
    "vendor_updated_at" DATETIME NOT NULL,
    "question_counts" JSONB,
    "raw" JSONB NOT NULL,
    "content_hash" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "topic_matches" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "summary_id" INTEGER NOT NULL,
    "topic_external_id" TEXT NOT NULL,
    "topic_name" TEXT NOT NULL,
    "block_index" INTEGER NOT NULL,
    "block_start_sec" REAL NOT NULL,
    "block_end_sec" REAL NOT NULL,
    "block_text" TEXT NOT NULL,
    "speaker_type" TEXT NOT NULL,
    "search_text" JSONB NOT NULL,
    "matching_text" TEXT NOT NULL,
    "start_sec" REAL NOT NULL,
    "end_sec" REAL NOT NULL,
    "start_index" INTEGER NOT NULL,
    "end_index" INTEGER NOT NULL,
    CONSTRAINT "topic_matches_summary_id_fkey" FOREIGN KEY ("summary_id") REFERENCES "call_topic_summaries" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "feedback" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "vendor" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "call_external_id" TEXT NOT NULL,
    "author_external_id" TEXT NOT NULL,
    "is_comment" BOOLEAN NOT NULL,
    "is_highlight" BOOLEAN NOT NULL,
    "text" TEXT,
    "start_sec" REAL NOT NULL,
    "end_sec" REAL,
    "given_at" DATETIME NOT NULL,
    "vendor_updated_at" DATETIME NOT NULL,
    "raw" JSONB NOT NULL,
    "content_hash" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "listens" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "vendor" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "call_external_id" TEXT NOT NULL,
    "listener_external_id" TEXT NOT NULL,
    "caller_external_id" TEXT,
    "listened_on" TEXT NOT NULL,
    "seconds_listened" REAL NOT NULL,
    "raw" JSONB NOT NULL,
    "content_hash" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "shares" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "vendor" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "call_external_id" TEXT NOT NULL,
    "shared_by_external_id" TEXT NOT NULL,
    "shared_at" DATETIME NOT NULL,
    "recipient_user_ids" JSONB NOT NULL,
    "recipient_emails" JSONB NOT NULL,
    "raw" JSONB NOT NULL,
    "content_hash" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "coaching_plans" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "vendor" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "objective" TEXT,
    "start_date" DATETIME,
    "coach_external_id" TEXT,
    "recipient_external_id" TEXT,
    "planned_meetings" INTEGER,
    "completed_meetings" INTEGER,
    "estimated_missed_meetings" INTEGER,
    "vendor_updated_at" DATETIME NOT NULL,
    "raw" JSONB NOT NULL,
    "content_hash" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "coaching_plan_skills" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "plan_id" INTEGER NOT NULL,
    "skill_external_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    CONSTRAINT "coaching_plan_skills_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "coaching_plans" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "coaching_meetings" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "vendor" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "plan_external_id" TEXT,
    "coach_external_id" TEXT,
    "recipient_external_id" TEXT,
    "scheduled_at" DATETIME,
    "started_at" DATETIME,
    "ended_at" DATETIME,
    "questions" JSONB,
    "comments" TEXT,
    "vendor_updated_at" DATETIME NOT NULL,
    "raw" JSONB NOT NULL,
    "content_hash" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "meeting_skill_scores" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meeting_id" INTEGER NOT NULL,
    "skill" TEXT NOT NULL,
    "score" REAL NOT NULL,
    CONSTRAINT "meeting_skill_scores_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "coaching_meetings" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "meeting_call_reviews" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "meeting_id" INTEGER NOT NULL,
    "call_external_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "questions" JSONB NOT NULL,
    CONSTRAINT "meeting_call_reviews_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "coaching_meetings" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "kpi_definitions" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "vendor" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "frequency" TEXT NOT NULL,
    "target" REAL,
    "raw" JSONB NOT NULL,
    "updated_at" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "kpi_observations" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "vendor" TEXT NOT NULL,
    "external_id" TEXT NOT NULL,
    "kpi_external_id" TEXT NOT NULL,
    "observer_external_id" TEXT,
    "observed_external_id" TEXT NOT NULL,
    "observed_at" DATETIME NOT NULL,
    "value" REAL NOT NULL,
    "vendor_updated_at" DATETIME NOT NULL,
    "raw" JSONB NOT NULL,
    "content_hash" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "analyses" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
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
    "cost_usd_cents" REAL,
    "vendor_created_at" DATETIME,
    "started_at" DATETIME,
    "completed_at" DATETIME,
    "partner_org_id" TEXT,
    "partner_rep_id" TEXT,
    "parent_session_id" TEXT,
    "raw" JSONB NOT NULL,
    "content_hash" TEXT NOT NULL,
    "next_fetch_at" DATETIME,
    "fetch_attempts" INTEGER NOT NULL DEFAULT 0,
    "created_at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "sync_states" (
    "vendor" TEXT NOT NULL,
    "stream" TEXT NOT NULL,
    "cursor" TEXT,
    "state" JSONB,
    "version" INTEGER NOT NULL DEFAULT 0,
    "last_success_at" DATETIME,
    "last_error" TEXT,
    "last_error_at" DATETIME,
    "updated_at" DATETIME NOT NULL,

    PRIMARY KEY ("vendor", "stream")
);

-- CreateTable
CREATE TABLE "sync_leases" (
    "vendor" TEXT NOT NULL PRIMARY KEY,
    "owner" TEXT NOT NULL,
    "acquired_at" DATETIME NOT NULL,
    "expires_at" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "sync_runs" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "vendor" TEXT NOT NULL,
    "stream" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "started_at" DATETIME NOT NULL,
    "ended_at" DATETIME,
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "deleted" INTEGER NOT NULL DEFAULT 0,
    "dead_lettered" INTEGER NOT NULL DEFAULT 0,
    "requests" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT
);

-- CreateTable
CREATE TABLE "dead_letters" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "vendor" TEXT NOT NULL,
    "stream" TEXT NOT NULL,
    "external_id" TEXT,
    "payload" TEXT NOT NULL,
    "error" TEXT NOT NULL,
    "created_at" DATETIME NOT NULL,
    "resolved_at" DATETIME
);

-- CreateTable
CREATE TABLE "webhook_deliveries" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "vendor" TEXT NOT NULL,
    "body_hash" TEXT NOT NULL,
    "resource_id" TEXT NOT NULL,
    "received_at" DATETIME NOT NULL,
    "processed_at" DATETIME,
    "error" TEXT
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
