CREATE TABLE "visit_report" (
	"person_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"visit_id" uuid NOT NULL,
	"note" text,
	"reference" text NOT NULL,
	"province_code" char(2) NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "visit_report_person_id_id_pk" PRIMARY KEY("person_id","id"),
	CONSTRAINT "visit_report_status_check" CHECK ("visit_report"."status" IN ('received', 'in_review', 'resolved')),
	CONSTRAINT "visit_report_note_check" CHECK ("visit_report"."note" IS NULL OR char_length("visit_report"."note") <= 500)
);
--> statement-breakpoint
ALTER TABLE "visit_report" ADD CONSTRAINT "visit_report_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_report" ADD CONSTRAINT "visit_report_visit_fk" FOREIGN KEY ("person_id","visit_id") REFERENCES "public"."medical_visit"("person_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "visit_report_visit_key" ON "visit_report" USING btree ("person_id","visit_id");--> statement-breakpoint
CREATE INDEX "visit_report_queue_idx" ON "visit_report" USING btree ("province_code","status","created_at");