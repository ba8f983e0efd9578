ALTER TABLE "benefit_payment" ADD CONSTRAINT "benefit_kind_check" CHECK ("benefit_payment"."kind" IN ('sickness', 'maternity', 'unemployment', 'one_time', 'pension', 'occupational_accident'));--> statement-breakpoint
ALTER TABLE "benefit_payment" ADD CONSTRAINT "benefit_amount_check" CHECK ("benefit_payment"."amount" >= 0);--> statement-breakpoint
ALTER TABLE "employer" ADD CONSTRAINT "employer_status_check" CHECK ("employer"."status" IN ('active', 'suspended', 'closed'));--> statement-breakpoint
ALTER TABLE "employer" ADD CONSTRAINT "employer_wage_region_check" CHECK ("employer"."wage_region" BETWEEN 1 AND 4);--> statement-breakpoint
ALTER TABLE "health_insurance_card" ADD CONSTRAINT "card_status_check" CHECK ("health_insurance_card"."status" IN ('active', 'expired', 'replaced', 'revoked'));--> statement-breakpoint
ALTER TABLE "health_insurance_card" ADD CONSTRAINT "card_level_check" CHECK ("health_insurance_card"."printed_level" BETWEEN 1 AND 5);--> statement-breakpoint
ALTER TABLE "health_insurance_card" ADD CONSTRAINT "card_validity_check" CHECK ("health_insurance_card"."valid_to" IS NULL OR "health_insurance_card"."valid_to" >= "health_insurance_card"."valid_from");--> statement-breakpoint
ALTER TABLE "medical_visit" ADD CONSTRAINT "visit_kind_check" CHECK ("medical_visit"."kind" IN ('outpatient', 'inpatient'));--> statement-breakpoint
ALTER TABLE "medical_visit" ADD CONSTRAINT "visit_cost_split_check" CHECK ("medical_visit"."fund_paid" >= 0 AND "medical_visit"."patient_paid" >= 0 AND "medical_visit"."fund_paid" + "medical_visit"."patient_paid" = "medical_visit"."total_cost");--> statement-breakpoint
ALTER TABLE "medical_visit" ADD CONSTRAINT "visit_dates_check" CHECK ("medical_visit"."discharged_at" >= "medical_visit"."admitted_at");--> statement-breakpoint
ALTER TABLE "participation_period" ADD CONSTRAINT "participation_scheme_check" CHECK ("participation_period"."scheme" IN ('bhxh_compulsory', 'bhxh_voluntary', 'unemployment', 'occupational_accident', 'health_insurance'));--> statement-breakpoint
ALTER TABLE "participation_period" ADD CONSTRAINT "participation_status_check" CHECK ("participation_period"."status" IN ('paid', 'unpaid', 'suspended', 'reserved'));--> statement-breakpoint
ALTER TABLE "participation_period" ADD CONSTRAINT "participation_months_check" CHECK ("participation_period"."to_month" IS NULL OR "participation_period"."to_month" >= "participation_period"."from_month");--> statement-breakpoint
ALTER TABLE "participation_period" ADD CONSTRAINT "participation_amounts_check" CHECK ("participation_period"."salary_base" >= 0 AND "participation_period"."employee_amount" >= 0 AND "participation_period"."employer_amount" >= 0);--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_sex_check" CHECK ("person"."sex" IN ('male', 'female'));--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_bhxh_number_check" CHECK ("person"."bhxh_number" ~ '^[0-9]{10}$');--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_birth_check" CHECK ("person"."birth_date" IS NULL OR extract(year FROM "person"."birth_date") = "person"."birth_year");