ALTER TABLE "outbox_emails" ADD COLUMN "claimed_by" text;--> statement-breakpoint
CREATE INDEX "attachments_storage_key_idx" ON "attachments" USING btree ("storage_key");--> statement-breakpoint
CREATE INDEX "inbound_emails_raw_storage_key_idx" ON "inbound_emails" USING btree ("raw_storage_key");