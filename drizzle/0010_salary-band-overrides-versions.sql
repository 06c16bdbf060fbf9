-- The data-version triggers of migration 0004 on the user's own salary band figures.
CREATE TRIGGER salary_band_overrides_version_insert AFTER INSERT ON "salary_band_overrides" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_new();
--> statement-breakpoint
CREATE TRIGGER salary_band_overrides_version_update AFTER UPDATE ON "salary_band_overrides" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_both();
--> statement-breakpoint
CREATE TRIGGER salary_band_overrides_version_delete AFTER DELETE ON "salary_band_overrides" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_old();
