CREATE TABLE "check_in_sharing" (
	"couple_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"level" text NOT NULL,
	"set_at" timestamp with time zone NOT NULL,
	CONSTRAINT "check_in_sharing_couple_id_user_id_pk" PRIMARY KEY("couple_id","user_id"),
	CONSTRAINT "check_in_sharing_level_check" CHECK ("check_in_sharing"."level" in ('nothing', 'direction', 'numbers'))
);
--> statement-breakpoint
CREATE TABLE "check_ins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"couple_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"day" date NOT NULL,
	"safety" smallint NOT NULL,
	"trust" smallint NOT NULL,
	"connection" smallint NOT NULL,
	"note" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "check_ins_safety_range" CHECK ("check_ins"."safety" between 0 and 10),
	CONSTRAINT "check_ins_trust_range" CHECK ("check_ins"."trust" between 0 and 10),
	CONSTRAINT "check_ins_connection_range" CHECK ("check_ins"."connection" between 0 and 10)
);
--> statement-breakpoint
CREATE TABLE "couple_pace" (
	"couple_id" uuid PRIMARY KEY NOT NULL,
	"phase" text NOT NULL,
	"changed_at" timestamp with time zone,
	"last_change" text,
	"proposed_phase" text,
	"proposed_by" uuid,
	"proposed_at" timestamp with time zone,
	CONSTRAINT "couple_pace_phase_check" CHECK ("couple_pace"."phase" in ('atone', 'attune', 'attach')),
	CONSTRAINT "couple_pace_last_change_check" CHECK ("couple_pace"."last_change" is null or "couple_pace"."last_change" in ('forward', 'back')),
	CONSTRAINT "couple_pace_proposed_phase_check" CHECK ("couple_pace"."proposed_phase" is null or "couple_pace"."proposed_phase" in ('attune', 'attach'))
);
--> statement-breakpoint
CREATE TABLE "disclosures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"couple_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" uuid,
	CONSTRAINT "disclosures_not_self_acknowledged" CHECK ("disclosures"."acknowledged_by" is null or "disclosures"."acknowledged_by" <> "disclosures"."author_id")
);
--> statement-breakpoint
ALTER TABLE "check_in_sharing" ADD CONSTRAINT "check_in_sharing_couple_id_couples_id_fk" FOREIGN KEY ("couple_id") REFERENCES "public"."couples"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_in_sharing" ADD CONSTRAINT "check_in_sharing_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_couple_id_couples_id_fk" FOREIGN KEY ("couple_id") REFERENCES "public"."couples"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "couple_pace" ADD CONSTRAINT "couple_pace_couple_id_couples_id_fk" FOREIGN KEY ("couple_id") REFERENCES "public"."couples"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "couple_pace" ADD CONSTRAINT "couple_pace_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_couple_id_couples_id_fk" FOREIGN KEY ("couple_id") REFERENCES "public"."couples"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_acknowledged_by_users_id_fk" FOREIGN KEY ("acknowledged_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "check_ins_person_day_key" ON "check_ins" USING btree ("couple_id","user_id","day");--> statement-breakpoint
CREATE INDEX "disclosures_couple_created_idx" ON "disclosures" USING btree ("couple_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "disclosures_couple_unacknowledged_idx" ON "disclosures" USING btree ("couple_id","created_at") WHERE "disclosures"."acknowledged_at" is null;