-- The data-version triggers of migration 0004 on the job search, portfolio and interview tables.
CREATE TRIGGER resumes_version_insert AFTER INSERT ON "resumes" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_new();
--> statement-breakpoint
CREATE TRIGGER resumes_version_update AFTER UPDATE ON "resumes" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_both();
--> statement-breakpoint
CREATE TRIGGER resumes_version_delete AFTER DELETE ON "resumes" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_old();
--> statement-breakpoint
CREATE TRIGGER companies_version_insert AFTER INSERT ON "companies" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_new();
--> statement-breakpoint
CREATE TRIGGER companies_version_update AFTER UPDATE ON "companies" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_both();
--> statement-breakpoint
CREATE TRIGGER companies_version_delete AFTER DELETE ON "companies" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_old();
--> statement-breakpoint
CREATE TRIGGER applications_version_insert AFTER INSERT ON "applications" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_new();
--> statement-breakpoint
CREATE TRIGGER applications_version_update AFTER UPDATE ON "applications" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_both();
--> statement-breakpoint
CREATE TRIGGER applications_version_delete AFTER DELETE ON "applications" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_old();
--> statement-breakpoint
CREATE TRIGGER application_stages_version_insert AFTER INSERT ON "application_stages" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_new();
--> statement-breakpoint
CREATE TRIGGER application_stages_version_update AFTER UPDATE ON "application_stages" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_both();
--> statement-breakpoint
CREATE TRIGGER application_stages_version_delete AFTER DELETE ON "application_stages" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_old();
--> statement-breakpoint
CREATE TRIGGER contacts_version_insert AFTER INSERT ON "contacts" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_new();
--> statement-breakpoint
CREATE TRIGGER contacts_version_update AFTER UPDATE ON "contacts" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_both();
--> statement-breakpoint
CREATE TRIGGER contacts_version_delete AFTER DELETE ON "contacts" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_old();
--> statement-breakpoint
CREATE TRIGGER profile_checklist_version_insert AFTER INSERT ON "profile_checklist" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_new();
--> statement-breakpoint
CREATE TRIGGER profile_checklist_version_update AFTER UPDATE ON "profile_checklist" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_both();
--> statement-breakpoint
CREATE TRIGGER profile_checklist_version_delete AFTER DELETE ON "profile_checklist" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_old();
--> statement-breakpoint
CREATE TRIGGER portfolio_projects_version_insert AFTER INSERT ON "portfolio_projects" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_new();
--> statement-breakpoint
CREATE TRIGGER portfolio_projects_version_update AFTER UPDATE ON "portfolio_projects" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_both();
--> statement-breakpoint
CREATE TRIGGER portfolio_projects_version_delete AFTER DELETE ON "portfolio_projects" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_old();
--> statement-breakpoint
CREATE TRIGGER interview_cards_version_insert AFTER INSERT ON "interview_cards" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_new();
--> statement-breakpoint
CREATE TRIGGER interview_cards_version_update AFTER UPDATE ON "interview_cards" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_both();
--> statement-breakpoint
CREATE TRIGGER interview_cards_version_delete AFTER DELETE ON "interview_cards" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_old();
--> statement-breakpoint
CREATE TRIGGER card_states_version_insert AFTER INSERT ON "card_states" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_new();
--> statement-breakpoint
CREATE TRIGGER card_states_version_update AFTER UPDATE ON "card_states" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_both();
--> statement-breakpoint
CREATE TRIGGER card_states_version_delete AFTER DELETE ON "card_states" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_old();
--> statement-breakpoint
CREATE TRIGGER card_reviews_version_insert AFTER INSERT ON "card_reviews" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_new();
--> statement-breakpoint
CREATE TRIGGER card_reviews_version_update AFTER UPDATE ON "card_reviews" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_both();
--> statement-breakpoint
CREATE TRIGGER card_reviews_version_delete AFTER DELETE ON "card_reviews" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_old();
--> statement-breakpoint
CREATE TRIGGER star_stories_version_insert AFTER INSERT ON "star_stories" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_new();
--> statement-breakpoint
CREATE TRIGGER star_stories_version_update AFTER UPDATE ON "star_stories" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_both();
--> statement-breakpoint
CREATE TRIGGER star_stories_version_delete AFTER DELETE ON "star_stories" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_old();
--> statement-breakpoint
CREATE TRIGGER interview_rounds_version_insert AFTER INSERT ON "interview_rounds" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_new();
--> statement-breakpoint
CREATE TRIGGER interview_rounds_version_update AFTER UPDATE ON "interview_rounds" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_both();
--> statement-breakpoint
CREATE TRIGGER interview_rounds_version_delete AFTER DELETE ON "interview_rounds" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_old();
--> statement-breakpoint
CREATE TRIGGER coding_practice_version_insert AFTER INSERT ON "coding_practice" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_new();
--> statement-breakpoint
CREATE TRIGGER coding_practice_version_update AFTER UPDATE ON "coding_practice" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_both();
--> statement-breakpoint
CREATE TRIGGER coding_practice_version_delete AFTER DELETE ON "coding_practice" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_old();
--> statement-breakpoint
CREATE TRIGGER offers_version_insert AFTER INSERT ON "offers" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_new();
--> statement-breakpoint
CREATE TRIGGER offers_version_update AFTER UPDATE ON "offers" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_both();
--> statement-breakpoint
CREATE TRIGGER offers_version_delete AFTER DELETE ON "offers" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_old();
--> statement-breakpoint
CREATE TRIGGER growth_goals_version_insert AFTER INSERT ON "growth_goals" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_new();
--> statement-breakpoint
CREATE TRIGGER growth_goals_version_update AFTER UPDATE ON "growth_goals" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_both();
--> statement-breakpoint
CREATE TRIGGER growth_goals_version_delete AFTER DELETE ON "growth_goals" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mlpath_bump_data_version_old();
