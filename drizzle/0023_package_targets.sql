ALTER TABLE "packages" ADD COLUMN "first_response_target_hours" numeric(7, 2);--> statement-breakpoint
ALTER TABLE "packages" ADD COLUMN "resolution_target_hours" numeric(7, 2);--> statement-breakpoint
ALTER TABLE "packages" ADD COLUMN "business_hours_start" text DEFAULT '09:00' NOT NULL;--> statement-breakpoint
ALTER TABLE "packages" ADD COLUMN "business_hours_end" text DEFAULT '17:00' NOT NULL;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "first_response_due_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "first_responded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "resolution_due_at" timestamp with time zone;--> statement-breakpoint
-- Tickets answered before targets existed: their first staff public reply, so a target set later does not count them as unanswered.
UPDATE "tickets" SET "first_responded_at" = first_reply."at"
FROM (
  SELECT m."ticket_id", min(m."created_at") AS "at"
  FROM "messages" m JOIN "users" u ON u."id" = m."author_id"
  WHERE NOT m."is_internal" AND u."role" IN ('admin', 'agent')
  GROUP BY m."ticket_id"
) AS first_reply
WHERE first_reply."ticket_id" = "tickets"."id";
