CREATE TABLE "benefit_authorisation" (
	"person_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"collector_name" text NOT NULL,
	"collector_national_id_cipher" "bytea" NOT NULL,
	"collector_phone" text NOT NULL,
	"relation" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "benefit_authorisation_person_id_id_pk" PRIMARY KEY("person_id","id"),
	CONSTRAINT "benefit_authorisation_validity_check" CHECK ("benefit_authorisation"."valid_to" >= "benefit_authorisation"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "benefit_receipt" (
	"person_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"method" text NOT NULL,
	"bank_name" text,
	"account_holder" text,
	"account_number_cipher" "bytea",
	"account_last4" text,
	"post_office_address" text,
	"effective_from" date NOT NULL,
	"replaced_at" timestamp with time zone,
	"request_id" uuid NOT NULL,
	CONSTRAINT "benefit_receipt_person_id_id_pk" PRIMARY KEY("person_id","id"),
	CONSTRAINT "benefit_receipt_method_check" CHECK ("benefit_receipt"."method" IN ('bank', 'post_office')),
	CONSTRAINT "benefit_receipt_method_fields_check" CHECK (("benefit_receipt"."method" = 'bank' AND "benefit_receipt"."bank_name" IS NOT NULL AND "benefit_receipt"."account_holder" IS NOT NULL
            AND "benefit_receipt"."account_number_cipher" IS NOT NULL AND "benefit_receipt"."account_last4" ~ '^[0-9]{4}$')
          OR ("benefit_receipt"."method" = 'post_office' AND "benefit_receipt"."post_office_address" IS NOT NULL AND "benefit_receipt"."account_number_cipher" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "citizen_notification" (
	"person_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"request_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	"title_vi" text NOT NULL,
	"title_en" text NOT NULL,
	"body_vi" text NOT NULL,
	"body_en" text NOT NULL,
	CONSTRAINT "citizen_notification_person_id_id_pk" PRIMARY KEY("person_id","id")
);
--> statement-breakpoint
CREATE TABLE "payment" (
	"person_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"provider" text NOT NULL,
	"amount" bigint NOT NULL,
	"status" text NOT NULL,
	"provider_reference" text,
	"idempotency_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"settled_at" timestamp with time zone,
	"failure_reason" text,
	CONSTRAINT "payment_person_id_id_pk" PRIMARY KEY("person_id","id"),
	CONSTRAINT "payment_provider_reference_unique" UNIQUE("provider_reference"),
	CONSTRAINT "payment_status_check" CHECK ("payment"."status" IN ('pending', 'confirmed', 'failed', 'expired')),
	CONSTRAINT "payment_amount_check" CHECK ("payment"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "service_request" (
	"person_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"number" text,
	"service_code" text NOT NULL,
	"office_code" text NOT NULL,
	"status" text NOT NULL,
	"answers" jsonb NOT NULL,
	"submission_key" text NOT NULL,
	"submitted_at" timestamp with time zone,
	"due_on" date,
	"assigned_staff_id" uuid,
	"info_request" text,
	"outcome_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_request_person_id_id_pk" PRIMARY KEY("person_id","id"),
	CONSTRAINT "service_request_number_unique" UNIQUE("number"),
	CONSTRAINT "service_request_status_check" CHECK ("service_request"."status" IN ('draft', 'submitted', 'received', 'processing', 'needs_info', 'completed', 'rejected')),
	CONSTRAINT "service_request_submitted_check" CHECK ("service_request"."status" = 'draft' OR ("service_request"."number" IS NOT NULL AND "service_request"."submitted_at" IS NOT NULL AND "service_request"."due_on" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "service_request_event" (
	"person_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"staff_id" uuid,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"note" text,
	CONSTRAINT "service_request_event_person_id_id_pk" PRIMARY KEY("person_id","id"),
	CONSTRAINT "service_request_event_actor_check" CHECK ("service_request_event"."actor" IN ('citizen', 'staff', 'system')),
	CONSTRAINT "service_request_event_staff_check" CHECK (("service_request_event"."actor" = 'staff') = ("service_request_event"."staff_id" IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "benefit_authorisation" ADD CONSTRAINT "benefit_authorisation_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_authorisation" ADD CONSTRAINT "benefit_authorisation_request_fk" FOREIGN KEY ("person_id","request_id") REFERENCES "public"."service_request"("person_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_receipt" ADD CONSTRAINT "benefit_receipt_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_receipt" ADD CONSTRAINT "benefit_receipt_request_fk" FOREIGN KEY ("person_id","request_id") REFERENCES "public"."service_request"("person_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citizen_notification" ADD CONSTRAINT "citizen_notification_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citizen_notification" ADD CONSTRAINT "citizen_notification_request_fk" FOREIGN KEY ("person_id","request_id") REFERENCES "public"."service_request"("person_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment" ADD CONSTRAINT "payment_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment" ADD CONSTRAINT "payment_request_fk" FOREIGN KEY ("person_id","request_id") REFERENCES "public"."service_request"("person_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request" ADD CONSTRAINT "service_request_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request" ADD CONSTRAINT "service_request_office_code_office_code_fk" FOREIGN KEY ("office_code") REFERENCES "public"."office"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request" ADD CONSTRAINT "service_request_assigned_staff_id_staff_user_id_fk" FOREIGN KEY ("assigned_staff_id") REFERENCES "public"."staff_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request_event" ADD CONSTRAINT "service_request_event_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request_event" ADD CONSTRAINT "service_request_event_staff_id_staff_user_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request_event" ADD CONSTRAINT "service_request_event_request_fk" FOREIGN KEY ("person_id","request_id") REFERENCES "public"."service_request"("person_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "benefit_receipt_current_key" ON "benefit_receipt" USING btree ("person_id") WHERE "benefit_receipt"."replaced_at" IS NULL;--> statement-breakpoint
CREATE INDEX "citizen_notification_person_idx" ON "citizen_notification" USING btree ("person_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_idempotency_key" ON "payment" USING btree ("person_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "payment_request_idx" ON "payment" USING btree ("person_id","request_id");--> statement-breakpoint
CREATE INDEX "payment_pending_idx" ON "payment" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "service_request_submission_key" ON "service_request" USING btree ("person_id","submission_key");--> statement-breakpoint
CREATE INDEX "service_request_queue_idx" ON "service_request" USING btree ("office_code","status","due_on");--> statement-breakpoint
CREATE INDEX "service_request_id_idx" ON "service_request" USING btree ("id");--> statement-breakpoint
CREATE INDEX "service_request_person_idx" ON "service_request" USING btree ("person_id","created_at");--> statement-breakpoint
CREATE INDEX "service_request_event_request_idx" ON "service_request_event" USING btree ("person_id","request_id","at");