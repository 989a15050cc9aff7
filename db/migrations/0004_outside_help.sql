CREATE TABLE "counsellor_share_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"share_id" uuid NOT NULL,
	"visited_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "counsellor_shares" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"couple_id" uuid NOT NULL,
	"sections" text[] NOT NULL,
	"lifetime_days" integer NOT NULL,
	"proposed_by" uuid,
	"proposed_at" timestamp with time zone NOT NULL,
	"accepted_by" uuid,
	"accepted_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"token_hash" text,
	"link_made_by" uuid,
	"link_made_at" timestamp with time zone,
	"ended_by" uuid,
	"ended_at" timestamp with time zone,
	CONSTRAINT "counsellor_shares_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "counsellor_shares_lifetime_check" CHECK ("counsellor_shares"."lifetime_days" between 1 and 90),
	CONSTRAINT "counsellor_shares_accepted_has_link" CHECK (("counsellor_shares"."accepted_at" is null) = ("counsellor_shares"."token_hash" is null) and ("counsellor_shares"."accepted_at" is null) = ("counsellor_shares"."expires_at" is null))
);
--> statement-breakpoint
CREATE TABLE "kept_safety_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"answers" jsonb NOT NULL,
	"score" integer NOT NULL,
	"taken_at" timestamp with time zone NOT NULL,
	CONSTRAINT "kept_safety_checks_score_check" CHECK ("kept_safety_checks"."score" between 4 and 20)
);
--> statement-breakpoint
ALTER TABLE "counsellor_share_visits" ADD CONSTRAINT "counsellor_share_visits_share_id_counsellor_shares_id_fk" FOREIGN KEY ("share_id") REFERENCES "public"."counsellor_shares"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counsellor_shares" ADD CONSTRAINT "counsellor_shares_couple_id_couples_id_fk" FOREIGN KEY ("couple_id") REFERENCES "public"."couples"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counsellor_shares" ADD CONSTRAINT "counsellor_shares_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counsellor_shares" ADD CONSTRAINT "counsellor_shares_accepted_by_users_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counsellor_shares" ADD CONSTRAINT "counsellor_shares_link_made_by_users_id_fk" FOREIGN KEY ("link_made_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counsellor_shares" ADD CONSTRAINT "counsellor_shares_ended_by_users_id_fk" FOREIGN KEY ("ended_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kept_safety_checks" ADD CONSTRAINT "kept_safety_checks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "counsellor_share_visits_share_idx" ON "counsellor_share_visits" USING btree ("share_id","visited_at");--> statement-breakpoint
CREATE INDEX "counsellor_shares_couple_idx" ON "counsellor_shares" USING btree ("couple_id","proposed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "counsellor_shares_one_open_proposal" ON "counsellor_shares" USING btree ("couple_id") WHERE "counsellor_shares"."accepted_at" is null and "counsellor_shares"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "kept_safety_checks_user_idx" ON "kept_safety_checks" USING btree ("user_id","taken_at");