-- Calls stored before one rule settled every talk figure (the transcript's wherever it knows the
-- rep's side) get it in the background (lib/maintenance.ts).
INSERT INTO "maintenance_tasks" ("name") VALUES ('talk_metrics_rederive');
