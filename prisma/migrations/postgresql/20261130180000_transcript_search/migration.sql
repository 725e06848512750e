-- Full-text search over transcripts: a tsvector per transcript with a GIN
-- index, kept current by a trigger in the same transaction as the transcript
-- rows it indexes. Prisma's datamodel cannot describe it; the migration
-- runner treats it as an external table.
CREATE TABLE "transcript_search" (
    "call_id" INTEGER NOT NULL PRIMARY KEY REFERENCES "transcripts" ("call_id") ON DELETE CASCADE,
    "document" tsvector NOT NULL
);

CREATE INDEX "transcript_search_document_idx" ON "transcript_search" USING GIN ("document");

CREATE FUNCTION "transcript_search_refresh"() RETURNS trigger AS $$
BEGIN
  INSERT INTO "transcript_search" ("call_id", "document") VALUES (NEW."call_id", to_tsvector('english', NEW."text"))
  ON CONFLICT ("call_id") DO UPDATE SET "document" = EXCLUDED."document";
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "transcripts_search" AFTER INSERT OR UPDATE OF "text" ON "transcripts"
  FOR EACH ROW EXECUTE FUNCTION "transcript_search_refresh"();

INSERT INTO "transcript_search" ("call_id", "document") SELECT "call_id", to_tsvector('english', "text") FROM "transcripts";
