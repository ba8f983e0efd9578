CREATE TABLE "citizen_device" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"thumbprint" text NOT NULL,
	"public_key" jsonb NOT NULL,
	"label" text NOT NULL,
	"bound_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"revoked_reason" text
);
--> statement-breakpoint
CREATE TABLE "device_nonce" (
	"nonce_hash" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "otp_challenge" (
	"id" uuid PRIMARY KEY NOT NULL,
	"purpose" text NOT NULL,
	"person_id" uuid,
	"ticket_hash" text NOT NULL,
	"phone" text,
	"code_hash" text,
	"payload" jsonb,
	"attempts" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ticket_expires_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	"code_expires_at" timestamp with time zone,
	"consumed_at" timestamp with time zone,
	CONSTRAINT "otp_challenge_ticket_hash_unique" UNIQUE("ticket_hash"),
	CONSTRAINT "otp_challenge_purpose_check" CHECK ("otp_challenge"."purpose" IN ('device_change', 'password_reset'))
);
--> statement-breakpoint
CREATE TABLE "otp_delivery" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "otp_delivery_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"challenge_id" uuid NOT NULL,
	"person_id" uuid,
	"phone" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "citizen_account" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "session" ADD COLUMN "device_id" uuid;--> statement-breakpoint
ALTER TABLE "citizen_device" ADD CONSTRAINT "citizen_device_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "otp_challenge" ADD CONSTRAINT "otp_challenge_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "otp_delivery" ADD CONSTRAINT "otp_delivery_challenge_id_otp_challenge_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."otp_challenge"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "otp_delivery" ADD CONSTRAINT "otp_delivery_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "citizen_device_one_active_idx" ON "citizen_device" USING btree ("person_id") WHERE "citizen_device"."revoked_at" IS NULL;--> statement-breakpoint
CREATE INDEX "otp_delivery_person_idx" ON "otp_delivery" USING btree ("person_id","sent_at");--> statement-breakpoint
CREATE INDEX "otp_delivery_phone_idx" ON "otp_delivery" USING btree ("phone","sent_at");--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_device_id_citizen_device_id_fk" FOREIGN KEY ("device_id") REFERENCES "public"."citizen_device"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Accounts made before this migration take the phone of their approved dossier, else the registry's.
UPDATE "citizen_account" a SET "phone" = COALESCE(
  (SELECT d."phone" FROM "account_dossier" d WHERE d."person_id" = a."person_id" AND d."status" = 'approved'
   ORDER BY d."decided_at" DESC LIMIT 1),
  (SELECT p."phone" FROM "person" p WHERE p."id" = a."person_id"));
