-- DropIndex
DROP INDEX "calls_rep_id_started_at_idx";

-- CreateIndex
CREATE INDEX "calls_rep_id_started_at_id_vendor_outcome_overall_score_deleted_at_idx" ON "calls"("rep_id", "started_at", "id", "vendor", "outcome", "overall_score", "deleted_at");

-- CreateIndex
CREATE INDEX "calls_outcome_started_at_idx" ON "calls"("outcome", "started_at");

-- CreateIndex
CREATE INDEX "calls_vendor_outcome_started_at_idx" ON "calls"("vendor", "outcome", "started_at");

-- CreateIndex
CREATE INDEX "calls_vendor_overall_score_idx" ON "calls"("vendor", "overall_score");

-- CreateIndex
CREATE INDEX "calls_overall_score_idx" ON "calls"("overall_score");

-- Transcript search scoped by rep: the full-text index also holds each
-- transcript's rep (as the token r<rep id>, in its own column), so a rep's or
-- a manager's search walks their calls' postings instead of every match in the
-- organisation. Contentless: the text lives in transcripts; triggers keep the
-- index current in the same transaction, including when a call changes rep.
DROP TRIGGER "transcripts_search_insert";
DROP TRIGGER "transcripts_search_delete";
DROP TRIGGER "transcripts_search_update";
DROP TABLE "transcript_search";

CREATE VIRTUAL TABLE "transcript_search" USING fts5(text, rep, content = '', contentless_delete = 1, tokenize = 'porter unicode61');

CREATE TRIGGER "transcripts_search_insert" AFTER INSERT ON "transcripts" BEGIN
  INSERT INTO "transcript_search" (rowid, text, rep) VALUES (new.call_id, new.text, (SELECT 'r' || "rep_id" FROM "calls" WHERE "id" = new.call_id));
END;

CREATE TRIGGER "transcripts_search_delete" AFTER DELETE ON "transcripts" BEGIN
  DELETE FROM "transcript_search" WHERE rowid = old.call_id;
END;

CREATE TRIGGER "transcripts_search_update" AFTER UPDATE OF text ON "transcripts" BEGIN
  DELETE FROM "transcript_search" WHERE rowid = old.call_id;
  INSERT INTO "transcript_search" (rowid, text, rep) VALUES (new.call_id, new.text, (SELECT 'r' || "rep_id" FROM "calls" WHERE "id" = new.call_id));
END;

CREATE TRIGGER "calls_search_rep" AFTER UPDATE OF rep_id ON "calls" WHEN old.rep_id IS NOT new.rep_id BEGIN
  DELETE FROM "transcript_search" WHERE rowid = new.id;
  INSERT INTO "transcript_search" (rowid, text, rep) SELECT "call_id", "text", 'r' || new.rep_id FROM "transcripts" WHERE "call_id" = new.id;
END;

INSERT INTO "transcript_search" (rowid, text, rep) SELECT t."call_id", t."text", 'r' || c."rep_id" FROM "transcripts" t JOIN "calls" c ON c."id" = t."call_id";
