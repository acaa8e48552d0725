DROP INDEX "tickets_company_activity_idx";--> statement-breakpoint
DROP INDEX "tickets_requester_activity_idx";--> statement-breakpoint
DROP INDEX "tickets_activity_idx";--> statement-breakpoint
DROP INDEX "tickets_status_activity_idx";--> statement-breakpoint
DROP INDEX "tickets_assignee_idx";--> statement-breakpoint
CREATE INDEX "tickets_open_activity_idx" ON "tickets" USING btree ("last_activity_at","number","id") WHERE "tickets"."status" <> 'closed';--> statement-breakpoint
CREATE INDEX "tickets_company_activity_idx" ON "tickets" USING btree ("company_id","last_activity_at","number","id","status");--> statement-breakpoint
CREATE INDEX "tickets_requester_activity_idx" ON "tickets" USING btree ("requester_id","last_activity_at","number","id","status");--> statement-breakpoint
CREATE INDEX "tickets_activity_idx" ON "tickets" USING btree ("last_activity_at","number","id","status");--> statement-breakpoint
CREATE INDEX "tickets_status_activity_idx" ON "tickets" USING btree ("status","last_activity_at","number","id");--> statement-breakpoint
CREATE INDEX "tickets_assignee_idx" ON "tickets" USING btree ("assignee_id","last_activity_at","number","id","status");