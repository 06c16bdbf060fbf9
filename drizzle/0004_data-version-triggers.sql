-- Every write to a table a user owns bumps users.data_version in the same transaction, so a
-- cache keyed by (user, data_version) is never stale, whichever app process made the write.
-- Statement-level triggers with transition tables: a 2,000-row import bumps each user once.
CREATE FUNCTION mlpath_bump_data_version_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE users SET data_version = data_version + 1
    WHERE id IN (SELECT DISTINCT user_id FROM new_rows);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION mlpath_bump_data_version_old() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE users SET data_version = data_version + 1
    WHERE id IN (SELECT DISTINCT user_id FROM old_rows);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION mlpath_bump_data_version_both() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE users SET data_version = data_version + 1
    WHERE id IN (SELECT user_id FROM new_rows UNION SELECT user_id FROM old_rows);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER profiles_version_insert AFTER INSERT ON "profiles" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_new();
--> statement-breakpoint
CREATE TRIGGER profiles_version_update AFTER UPDATE ON "profiles" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_both();
--> statement-breakpoint
CREATE TRIGGER profiles_version_delete AFTER DELETE ON "profiles" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_old();
--> statement-breakpoint
CREATE TRIGGER skill_states_version_insert AFTER INSERT ON "skill_states" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_new();
--> statement-breakpoint
CREATE TRIGGER skill_states_version_update AFTER UPDATE ON "skill_states" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_both();
--> statement-breakpoint
CREATE TRIGGER skill_states_version_delete AFTER DELETE ON "skill_states" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_old();
--> statement-breakpoint
CREATE TRIGGER time_entries_version_insert AFTER INSERT ON "time_entries" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_new();
--> statement-breakpoint
CREATE TRIGGER time_entries_version_update AFTER UPDATE ON "time_entries" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_both();
--> statement-breakpoint
CREATE TRIGGER time_entries_version_delete AFTER DELETE ON "time_entries" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_old();
--> statement-breakpoint
CREATE TRIGGER networking_activities_version_insert AFTER INSERT ON "networking_activities" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_new();
--> statement-breakpoint
CREATE TRIGGER networking_activities_version_update AFTER UPDATE ON "networking_activities" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_both();
--> statement-breakpoint
CREATE TRIGGER networking_activities_version_delete AFTER DELETE ON "networking_activities" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_old();
--> statement-breakpoint
CREATE TRIGGER project_states_version_insert AFTER INSERT ON "project_states" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_new();
--> statement-breakpoint
CREATE TRIGGER project_states_version_update AFTER UPDATE ON "project_states" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_both();
--> statement-breakpoint
CREATE TRIGGER project_states_version_delete AFTER DELETE ON "project_states" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_old();
--> statement-breakpoint
CREATE TRIGGER evidence_links_version_insert AFTER INSERT ON "evidence_links" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_new();
--> statement-breakpoint
CREATE TRIGGER evidence_links_version_update AFTER UPDATE ON "evidence_links" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_both();
--> statement-breakpoint
CREATE TRIGGER evidence_links_version_delete AFTER DELETE ON "evidence_links" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_old();
--> statement-breakpoint
CREATE TRIGGER notes_version_insert AFTER INSERT ON "notes" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_new();
--> statement-breakpoint
CREATE TRIGGER notes_version_update AFTER UPDATE ON "notes" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_both();
--> statement-breakpoint
CREATE TRIGGER notes_version_delete AFTER DELETE ON "notes" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_old();
--> statement-breakpoint
CREATE TRIGGER coach_dismissals_version_insert AFTER INSERT ON "coach_dismissals" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_new();
--> statement-breakpoint
CREATE TRIGGER coach_dismissals_version_update AFTER UPDATE ON "coach_dismissals" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_both();
--> statement-breakpoint
CREATE TRIGGER coach_dismissals_version_delete AFTER DELETE ON "coach_dismissals" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_old();
--> statement-breakpoint
CREATE TRIGGER runway_settings_version_insert AFTER INSERT ON "runway_settings" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_new();
--> statement-breakpoint
CREATE TRIGGER runway_settings_version_update AFTER UPDATE ON "runway_settings" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_both();
--> statement-breakpoint
CREATE TRIGGER runway_settings_version_delete AFTER DELETE ON "runway_settings" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_old();
--> statement-breakpoint
CREATE TRIGGER plan_snapshots_version_insert AFTER INSERT ON "plan_snapshots" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_new();
--> statement-breakpoint
CREATE TRIGGER plan_snapshots_version_update AFTER UPDATE ON "plan_snapshots" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_both();
--> statement-breakpoint
CREATE TRIGGER plan_snapshots_version_delete AFTER DELETE ON "plan_snapshots" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_old();
--> statement-breakpoint
CREATE TRIGGER weekly_checkins_version_insert AFTER INSERT ON "weekly_checkins" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_new();
--> statement-breakpoint
CREATE TRIGGER weekly_checkins_version_update AFTER UPDATE ON "weekly_checkins" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_both();
--> statement-breakpoint
CREATE TRIGGER weekly_checkins_version_delete AFTER DELETE ON "weekly_checkins" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_old();
