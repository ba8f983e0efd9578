CREATE TABLE "help_conversation" (
	"person_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"number" text NOT NULL,
	"office_code" text NOT NULL,
	"status" text NOT NULL,
	"ticket" boolean NOT NULL,
	"assigned_staff_id" uuid,
	"citizen_unread" integer DEFAULT 0 NOT NULL,
	"staff_unread" integer DEFAULT 0 NOT NULL,
	"last_message_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "help_conversation_person_id_id_pk" PRIMARY KEY("person_id","id"),
	CONSTRAINT "help_conversation_number_unique" UNIQUE("number"),
	CONSTRAINT "help_conversation_status_check" CHECK ("help_conversation"."status" IN ('open', 'closed')),
	CONSTRAINT "help_conversation_closed_check" CHECK (("help_conversation"."status" = 'closed') = ("help_conversation"."closed_at" IS NOT NULL)),
	CONSTRAINT "help_conversation_unread_check" CHECK ("help_conversation"."citizen_unread" >= 0 AND "help_conversation"."staff_unread" >= 0)
);
--> statement-breakpoint
CREATE TABLE "help_message" (
	"person_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"conversation_id" uuid NOT NULL,
	"author" text NOT NULL,
	"staff_id" uuid,
	"body" text,
	"image_document_id" uuid,
	"client_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "help_message_person_id_id_pk" PRIMARY KEY("person_id","id"),
	CONSTRAINT "help_message_author_check" CHECK ("help_message"."author" IN ('citizen', 'staff')),
	CONSTRAINT "help_message_staff_check" CHECK (("help_message"."author" = 'staff') = ("help_message"."staff_id" IS NOT NULL)),
	CONSTRAINT "help_message_content_check" CHECK ("help_message"."body" IS NOT NULL OR "help_message"."image_document_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "petition" (
	"person_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"number" text NOT NULL,
	"office_code" text NOT NULL,
	"category" text NOT NULL,
	"content" text NOT NULL,
	"photo_document_id" uuid,
	"submission_key" text NOT NULL,
	"status" text NOT NULL,
	"assigned_staff_id" uuid,
	"reply" text,
	"replied_by" uuid,
	"replied_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "petition_person_id_id_pk" PRIMARY KEY("person_id","id"),
	CONSTRAINT "petition_number_unique" UNIQUE("number"),
	CONSTRAINT "petition_category_check" CHECK ("petition"."category" IN ('procedure', 'contribution', 'benefit', 'health_card', 'staff_conduct', 'app', 'other')),
	CONSTRAINT "petition_status_check" CHECK ("petition"."status" IN ('received', 'processing', 'answered')),
	CONSTRAINT "petition_answered_check" CHECK (("petition"."status" = 'answered') = ("petition"."reply" IS NOT NULL AND "petition"."replied_by" IS NOT NULL AND "petition"."replied_at" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "staff_presence" (
	"staff_id" uuid PRIMARY KEY NOT NULL,
	"office_code" text NOT NULL,
	"seen_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "document" DROP CONSTRAINT "document_kind_check";--> statement-breakpoint
ALTER TABLE "help_conversation" ADD CONSTRAINT "help_conversation_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_conversation" ADD CONSTRAINT "help_conversation_office_code_office_code_fk" FOREIGN KEY ("office_code") REFERENCES "public"."office"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_conversation" ADD CONSTRAINT "help_conversation_assigned_staff_id_staff_user_id_fk" FOREIGN KEY ("assigned_staff_id") REFERENCES "public"."staff_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_message" ADD CONSTRAINT "help_message_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_message" ADD CONSTRAINT "help_message_staff_id_staff_user_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_message" ADD CONSTRAINT "help_message_image_document_id_document_id_fk" FOREIGN KEY ("image_document_id") REFERENCES "public"."document"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "help_message" ADD CONSTRAINT "help_message_conversation_fk" FOREIGN KEY ("person_id","conversation_id") REFERENCES "public"."help_conversation"("person_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition" ADD CONSTRAINT "petition_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition" ADD CONSTRAINT "petition_office_code_office_code_fk" FOREIGN KEY ("office_code") REFERENCES "public"."office"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition" ADD CONSTRAINT "petition_photo_document_id_document_id_fk" FOREIGN KEY ("photo_document_id") REFERENCES "public"."document"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition" ADD CONSTRAINT "petition_assigned_staff_id_staff_user_id_fk" FOREIGN KEY ("assigned_staff_id") REFERENCES "public"."staff_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition" ADD CONSTRAINT "petition_replied_by_staff_user_id_fk" FOREIGN KEY ("replied_by") REFERENCES "public"."staff_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_presence" ADD CONSTRAINT "staff_presence_staff_id_staff_user_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "help_conversation_open_key" ON "help_conversation" USING btree ("person_id") WHERE "help_conversation"."status" = 'open';--> statement-breakpoint
CREATE INDEX "help_conversation_inbox_idx" ON "help_conversation" USING btree ("office_code","status","last_message_at");--> statement-breakpoint
CREATE INDEX "help_conversation_id_idx" ON "help_conversation" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "help_message_client_key" ON "help_message" USING btree ("person_id","client_key");--> statement-breakpoint
CREATE INDEX "help_message_conversation_idx" ON "help_message" USING btree ("person_id","conversation_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "petition_submission_key" ON "petition" USING btree ("person_id","submission_key");--> statement-breakpoint
CREATE INDEX "petition_queue_idx" ON "petition" USING btree ("office_code","status","created_at");--> statement-breakpoint
CREATE INDEX "petition_id_idx" ON "petition" USING btree ("id");--> statement-breakpoint
CREATE INDEX "petition_person_idx" ON "petition" USING btree ("person_id","created_at");--> statement-breakpoint
CREATE INDEX "staff_presence_office_idx" ON "staff_presence" USING btree ("office_code","seen_at");--> statement-breakpoint
ALTER TABLE "document" ADD CONSTRAINT "document_kind_check" CHECK ("document"."kind" IN ('id_front', 'id_back', 'birth_certificate', 'child_portrait', 'chat_image', 'petition_photo'));