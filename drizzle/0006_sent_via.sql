CREATE TYPE "public"."mail_transport" AS ENUM('smtp', 'file');--> statement-breakpoint
ALTER TABLE "outbox_emails" ADD COLUMN "sent_via" "mail_transport";