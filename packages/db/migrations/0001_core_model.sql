CREATE TABLE "citizen_account" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"password_hash" text NOT NULL,
	"must_change_password" boolean NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_user" (
	"id" uuid PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"full_name" text NOT NULL,
	"email" text NOT NULL,
	"role" text NOT NULL,
	"office_code" text NOT NULL,
	"password_hash" text NOT NULL,
	"totp_secret_cipher" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_user_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" uuid PRIMARY KEY NOT NULL,
	"topic" text NOT NULL,
	"payload" jsonb NOT NULL,
	"dedupe_key" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"available_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outbox_dedupe_key_unique" UNIQUE("dedupe_key")
);
--> statement-breakpoint
CREATE TABLE "collection_point" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"name_folded" text NOT NULL,
	"office_code" text NOT NULL,
	"phone" text NOT NULL,
	"province_code" char(2) NOT NULL,
	"commune" text NOT NULL,
	"address" text NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	CONSTRAINT "collection_point_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "health_insurance_group" (
	"code" char(2) PRIMARY KEY NOT NULL,
	"name_vi" text NOT NULL,
	"payer_group" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "health_insurance_group_level" (
	"group_code" char(2) NOT NULL,
	"level" smallint NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"legal_document" text NOT NULL,
	"confidence" char(1) NOT NULL,
	CONSTRAINT "health_insurance_group_level_group_code_effective_from_pk" PRIMARY KEY("group_code","effective_from")
);
--> statement-breakpoint
CREATE TABLE "icd10_code" (
	"code" text PRIMARY KEY NOT NULL,
	"name_vi" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "medical_facility" (
	"code" char(5) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"name_folded" text NOT NULL,
	"level" text NOT NULL,
	"issues_sick_leave" boolean NOT NULL,
	"province_code" char(2) NOT NULL,
	"commune" text NOT NULL,
	"address" text NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "office" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"parent_code" text,
	"province_code" char(2) NOT NULL,
	"address" text NOT NULL,
	"phone" text NOT NULL,
	"email" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "province" (
	"kind" text NOT NULL,
	"code" char(2) NOT NULL,
	"name" text NOT NULL,
	"merged_into" char(2),
	"effective_from" date NOT NULL,
	"effective_to" date,
	"legal_document" text NOT NULL,
	"confidence" char(1) NOT NULL,
	CONSTRAINT "province_kind_code_pk" PRIMARY KEY("kind","code")
);
--> statement-breakpoint
CREATE TABLE "reference_value" (
	"series" text NOT NULL,
	"key" text NOT NULL,
	"value" numeric(16, 4) NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"legal_document" text NOT NULL,
	"confidence" char(1) NOT NULL,
	CONSTRAINT "reference_value_series_key_effective_from_pk" PRIMARY KEY("series","key","effective_from")
);
--> statement-breakpoint
CREATE TABLE "benefit_payment" (
	"person_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"kind" text NOT NULL,
	"decision_number" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date,
	"amount" bigint NOT NULL,
	"paying_office_code" text NOT NULL,
	"paid_on" date NOT NULL,
	CONSTRAINT "benefit_payment_person_id_id_pk" PRIMARY KEY("person_id","id")
);
--> statement-breakpoint
CREATE TABLE "employer" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_code" text NOT NULL,
	"tax_code" text NOT NULL,
	"name" text NOT NULL,
	"name_folded" text NOT NULL,
	"address" text NOT NULL,
	"province_code" char(2) NOT NULL,
	"wage_region" smallint NOT NULL,
	"office_code" text NOT NULL,
	"status" text NOT NULL,
	CONSTRAINT "employer_unit_code_unique" UNIQUE("unit_code"),
	CONSTRAINT "employer_tax_code_unique" UNIQUE("tax_code")
);
--> statement-breakpoint
CREATE TABLE "health_insurance_card" (
	"person_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"card_number" char(10) NOT NULL,
	"card_code" char(15) NOT NULL,
	"group_code" char(2) NOT NULL,
	"printed_level" smallint NOT NULL,
	"province_code" char(2) NOT NULL,
	"facility_code" char(5) NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"five_years_from" date,
	"issued_on" date NOT NULL,
	"status" text NOT NULL,
	CONSTRAINT "health_insurance_card_person_id_id_pk" PRIMARY KEY("person_id","id")
);
--> statement-breakpoint
CREATE TABLE "household" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"head_person_id" uuid,
	"province_code" char(2) NOT NULL,
	"address" text NOT NULL,
	CONSTRAINT "household_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "medical_visit" (
	"person_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"facility_code" char(5) NOT NULL,
	"kind" text NOT NULL,
	"admitted_at" timestamp with time zone NOT NULL,
	"discharged_at" timestamp with time zone NOT NULL,
	"main_diagnosis" text NOT NULL,
	"other_diagnoses" text,
	"total_cost" bigint NOT NULL,
	"fund_paid" bigint NOT NULL,
	"patient_paid" bigint NOT NULL,
	CONSTRAINT "medical_visit_person_id_id_pk" PRIMARY KEY("person_id","id")
);
--> statement-breakpoint
CREATE TABLE "participation_period" (
	"person_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"scheme" text NOT NULL,
	"from_month" date NOT NULL,
	"to_month" date,
	"employer_id" uuid,
	"job_title" text,
	"salary_base" bigint NOT NULL,
	"employee_rate" text NOT NULL,
	"employer_rate" text NOT NULL,
	"employee_amount" bigint NOT NULL,
	"employer_amount" bigint NOT NULL,
	"status" text NOT NULL,
	"closed_through" date,
	CONSTRAINT "participation_period_person_id_id_pk" PRIMARY KEY("person_id","id")
);
--> statement-breakpoint
CREATE TABLE "person" (
	"id" uuid PRIMARY KEY NOT NULL,
	"bhxh_number" char(10) NOT NULL,
	"full_name" text NOT NULL,
	"name_folded" text NOT NULL,
	"birth_year" smallint NOT NULL,
	"birth_date" date,
	"sex" text NOT NULL,
	"national_id_kind" text,
	"national_id_cipher" "bytea",
	"national_id_index" text,
	"phone" text,
	"email" text,
	"province_code" char(2) NOT NULL,
	"commune" text NOT NULL,
	"address_line" text NOT NULL,
	"origin_province_code" char(2) NOT NULL,
	"household_id" uuid,
	"relation_to_head" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "citizen_account" ADD CONSTRAINT "citizen_account_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_user" ADD CONSTRAINT "staff_user_office_code_office_code_fk" FOREIGN KEY ("office_code") REFERENCES "public"."office"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collection_point" ADD CONSTRAINT "collection_point_office_code_office_code_fk" FOREIGN KEY ("office_code") REFERENCES "public"."office"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_insurance_group_level" ADD CONSTRAINT "health_insurance_group_level_group_code_health_insurance_group_code_fk" FOREIGN KEY ("group_code") REFERENCES "public"."health_insurance_group"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_payment" ADD CONSTRAINT "benefit_payment_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_payment" ADD CONSTRAINT "benefit_payment_paying_office_code_office_code_fk" FOREIGN KEY ("paying_office_code") REFERENCES "public"."office"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer" ADD CONSTRAINT "employer_office_code_office_code_fk" FOREIGN KEY ("office_code") REFERENCES "public"."office"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_insurance_card" ADD CONSTRAINT "health_insurance_card_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "medical_visit" ADD CONSTRAINT "medical_visit_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_period" ADD CONSTRAINT "participation_period_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participation_period" ADD CONSTRAINT "participation_period_employer_id_employer_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employer"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_household_id_household_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."household"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_due_idx" ON "outbox" USING btree ("status","available_at");--> statement-breakpoint
CREATE INDEX "employer_province_idx" ON "employer" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "participation_employer_idx" ON "participation_period" USING btree ("employer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "person_bhxh_number_key" ON "person" USING btree ("bhxh_number");--> statement-breakpoint
CREATE UNIQUE INDEX "person_national_id_index_key" ON "person" USING btree ("national_id_index");--> statement-breakpoint
CREATE INDEX "person_household_idx" ON "person" USING btree ("household_id");