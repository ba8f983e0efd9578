CREATE TABLE "account_dossier" (
	"id" uuid PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"kind" text NOT NULL,
	"person_id" uuid NOT NULL,
	"filed_by_person_id" uuid,
	"office_code" text NOT NULL,
	"phone" text NOT NULL,
	"email" text,
	"national_id_cipher" "bytea",
	"submission_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by_staff_id" uuid,
	"decided_at" timestamp with time zone,
	"reject_reason" text,
	"reject_note" text,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "account_dossier_number_unique" UNIQUE("number"),
	CONSTRAINT "account_dossier_submission_id_unique" UNIQUE("submission_id"),
	CONSTRAINT "account_dossier_status_check" CHECK ("account_dossier"."status" IN ('pending', 'approved', 'rejected')),
	CONSTRAINT "account_dossier_kind_check" CHECK ("account_dossier"."kind" IN ('self', 'child'))
);
--> statement-breakpoint
CREATE TABLE "document" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_kind_check" CHECK ("document"."kind" IN ('id_front', 'id_back', 'birth_certificate', 'child_portrait', 'chat_image'))
);
--> statement-breakpoint
CREATE TABLE "dossier_document" (
	"dossier_id" uuid NOT NULL,
	"document_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossier_event" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"action" text NOT NULL,
	"staff_id" uuid,
	"reason" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "staff_access_log" (
	"person_id" uuid NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "staff_access_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"staff_id" uuid NOT NULL,
	"office_code" text NOT NULL,
	"what" text NOT NULL,
	"why" text NOT NULL,
	"request_id" text NOT NULL,
	CONSTRAINT "staff_access_log_person_id_id_pk" PRIMARY KEY("person_id","id")
);
--> statement-breakpoint
ALTER TABLE "citizen_account" ADD COLUMN "failed_logins" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "citizen_account" ADD COLUMN "locked_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "account_dossier" ADD CONSTRAINT "account_dossier_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_dossier" ADD CONSTRAINT "account_dossier_filed_by_person_id_person_id_fk" FOREIGN KEY ("filed_by_person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_dossier" ADD CONSTRAINT "account_dossier_office_code_office_code_fk" FOREIGN KEY ("office_code") REFERENCES "public"."office"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_dossier" ADD CONSTRAINT "account_dossier_decided_by_staff_id_staff_user_id_fk" FOREIGN KEY ("decided_by_staff_id") REFERENCES "public"."staff_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document" ADD CONSTRAINT "document_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_document" ADD CONSTRAINT "dossier_document_dossier_id_account_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."account_dossier"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_document" ADD CONSTRAINT "dossier_document_document_id_document_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."document"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_event" ADD CONSTRAINT "dossier_event_dossier_id_account_dossier_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."account_dossier"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_event" ADD CONSTRAINT "dossier_event_staff_id_staff_user_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_access_log" ADD CONSTRAINT "staff_access_log_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_access_log" ADD CONSTRAINT "staff_access_log_staff_id_staff_user_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "account_dossier_one_pending_idx" ON "account_dossier" USING btree ("person_id") WHERE "account_dossier"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "account_dossier_queue_idx" ON "account_dossier" USING btree ("office_code","status","submitted_at");--> statement-breakpoint
CREATE INDEX "document_person_idx" ON "document" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dossier_document_key" ON "dossier_document" USING btree ("dossier_id","document_id");--> statement-breakpoint
CREATE INDEX "dossier_event_dossier_idx" ON "dossier_event" USING btree ("dossier_id","at");--> statement-breakpoint
CREATE INDEX "staff_access_log_person_idx" ON "staff_access_log" USING btree ("person_id","at");