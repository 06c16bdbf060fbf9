-- The data-version triggers of migration 0004 on the job search tables.
CREATE TRIGGER job_analyses_version_insert AFTER INSERT ON "job_analyses" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_new();
--> statement-breakpoint
CREATE TRIGGER job_analyses_version_update AFTER UPDATE ON "job_analyses" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_both();
--> statement-breakpoint
CREATE TRIGGER job_analyses_version_delete AFTER DELETE ON "job_analyses" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_old();
--> statement-breakpoint
CREATE TRIGGER plan_additions_version_insert AFTER INSERT ON "plan_additions" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_new();
--> statement-breakpoint
CREATE TRIGGER plan_additions_version_update AFTER UPDATE ON "plan_additions" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_both();
--> statement-breakpoint
CREATE TRIGGER plan_additions_version_delete AFTER DELETE ON "plan_additions" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_old();
