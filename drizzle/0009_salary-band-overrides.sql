CREATE TABLE "salary_band_overrides" (
	"user_id" uuid NOT NULL,
	"level" text NOT NULL,
	"low" bigint NOT NULL,
	"high" bigint NOT NULL,
	"currency" text NOT NULL,
	"note" text,
	"changed_on" text NOT NULL,
	CONSTRAINT "salary_band_overrides_user_id_level_pk" PRIMARY KEY("user_id","level"),
	CONSTRAINT "salary_band_overrides_range" CHECK ("salary_band_overrides"."low" >= 0 AND "salary_band_overrides"."low" <= "salary_band_overrides"."high")
);
--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "received_on" text;--> statement-breakpoint
ALTER TABLE "salary_band_overrides" ADD CONSTRAINT "salary_band_overrides_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;