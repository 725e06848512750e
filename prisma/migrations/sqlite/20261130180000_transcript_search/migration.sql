-- Full-text search over transcripts: an FTS5 index whose content is the
-- transcripts table, kept current by triggers in the same transaction as the
-- transcript rows it indexes. Prisma's datamodel cannot describe it; the
-- migration runner treats it as an external table.
CREATE VIRTUAL TABLE "transcript_search" USING fts5(text, content = 'transcripts', content_rowid = 'call_id', tokenize = 'porter unicode61');

CREATE TRIGGER "transcripts_search_insert" AFTER INSERT ON "transcripts" BEGIN
  INSERT INTO "transcript_search" (rowid, text) VALUES (new.call_id, new.text);
END;

CREATE TRIGGER "transcripts_search_delete" AFTER DELETE ON "transcripts" BEGIN
  INSERT INTO "transcript_search" ("transcript_search", rowid, text) VALUES ('delete', old.call_id, old.text);
END;

CREATE TRIGGER "transcripts_search_update" AFTER UPDATE OF text ON "transcripts" BEGIN
  INSERT INTO "transcript_search" ("transcript_search", rowid, text) VALUES ('delete', old.call_id, old.text);
  INSERT INTO "transcript_search" (rowid, text) VALUES (new.call_id, new.text);
END;

INSERT INTO "transcript_search" ("transcript_search") VALUES ('rebuild');
