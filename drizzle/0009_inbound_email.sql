CREATE TYPE "public"."inbound_email_outcome" AS ENUM('reply', 'new_ticket', 'attached', 'duplicate', 'auto_reply', 'bulk', 'mailer_daemon', 'own_address', 'bounce', 'unknown_sender', 'not_allowed', 'inactive_sender', 'rate_limited', 'error');--> statement-breakpoint
CREATE TYPE "public"."inbound_email_status" AS ENUM('processed', 'ignored', 'held', 'rejected', 'failed');--> statement-breakpoint
CREATE TYPE "public"."mailbox_security" AS ENUM('tls', 'starttls', 'none');--> statement-breakpoint
CREATE TYPE "public"."mailbox_source" AS ENUM('console', 'environment');--> statement-breakpoint
ALTER TYPE "public"."outbox_email_status" ADD VALUE 'bounced';--> statement-breakpoint
CREATE TABLE "inbound_emails" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mailbox_id" uuid,
	"uid_validity" bigint,
	"uid" bigint,
	"message_id_header" text,
	"from_address" text,
	"from_name" text,
	"subject" text DEFAULT '' NOT NULL,
	"sent_at" timestamp with time zone,
	"status" "inbound_email_status" NOT NULL,
	"outcome" "inbound_email_outcome" NOT NULL,
	"excerpt" text,
	"ticket_id" uuid,
	"message_id" uuid,
	"raw_storage_key" text,
	"raw_size_bytes" bigint,
	"error" text,
	"attempts" integer DEFAULT 1 NOT NULL,
	"moved_at" timestamp with time zone,
	"reviewed_by_id" uuid,
	"reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mailboxes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"host" text NOT NULL,
	"port" integer NOT NULL,
	"security" "mailbox_security" DEFAULT 'tls' NOT NULL,
	"username" text NOT NULL,
	"password_encrypted" text NOT NULL,
	"folder" text DEFAULT 'INBOX' NOT NULL,
	"processed_folder" text DEFAULT 'Processed' NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"source" "mailbox_source" DEFAULT 'console' NOT NULL,
	"poll_lease_until" timestamp with time zone,
	"last_polled_at" timestamp with time zone,
	"last_error_code" text,
	"last_error_detail" text,
	"last_error_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "inbound_email_id" uuid;--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "refused_files" jsonb;--> statement-breakpoint
ALTER TABLE "outbox_emails" ADD COLUMN "ticket_id" uuid;--> statement-breakpoint
ALTER TABLE "outbox_emails" ADD COLUMN "message_id_header" text;--> statement-breakpoint
ALTER TABLE "outbox_emails" ADD COLUMN "bounce_reason" text;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "needs_package" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "inbound_emails" ADD CONSTRAINT "inbound_emails_mailbox_id_mailboxes_id_fk" FOREIGN KEY ("mailbox_id") REFERENCES "public"."mailboxes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_emails" ADD CONSTRAINT "inbound_emails_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_emails" ADD CONSTRAINT "inbound_emails_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inbound_emails" ADD CONSTRAINT "inbound_emails_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "inbound_emails_uid_idx" ON "inbound_emails" USING btree ("mailbox_id","uid_validity","uid") WHERE "inbound_emails"."uid" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "inbound_emails_message_id_idx" ON "inbound_emails" USING btree ("message_id_header") WHERE "inbound_emails"."outcome" <> 'duplicate' and "inbound_emails"."status" <> 'failed';--> statement-breakpoint
CREATE INDEX "inbound_emails_status_idx" ON "inbound_emails" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "inbound_emails_sender_idx" ON "inbound_emails" USING btree ("from_address","created_at");--> statement-breakpoint
CREATE INDEX "inbound_emails_ticket_idx" ON "inbound_emails" USING btree ("ticket_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mailboxes_environment_idx" ON "mailboxes" USING btree ("source") WHERE "mailboxes"."source" = 'environment';--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_inbound_email_id_inbound_emails_id_fk" FOREIGN KEY ("inbound_email_id") REFERENCES "public"."inbound_emails"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox_emails" ADD CONSTRAINT "outbox_emails_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_emails_message_id_idx" ON "outbox_emails" USING btree ("message_id_header");