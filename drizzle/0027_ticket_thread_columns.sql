ALTER TABLE "tickets" ADD COLUMN "last_public_message_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "last_public_author_id" uuid;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "customer_waiting_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_last_public_author_id_users_id_fk" FOREIGN KEY ("last_public_author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
-- Backfill (hand-written; the same SQL as recomputeThreadColumns in src/server/tickets/thread-columns.ts).
UPDATE "tickets" SET
  "last_public_message_at" = (SELECT m.created_at FROM messages m
    WHERE m.ticket_id = tickets.id AND NOT m.is_internal
    ORDER BY m.created_at DESC, m.id DESC LIMIT 1),
  "last_public_author_id" = (SELECT m.author_id FROM messages m
    WHERE m.ticket_id = tickets.id AND NOT m.is_internal
    ORDER BY m.created_at DESC, m.id DESC LIMIT 1),
  "customer_waiting_since" = (SELECT min(cm.created_at) FROM messages cm
    JOIN users cu ON cu.id = cm.author_id AND cu.role IN ('company_admin', 'member')
    WHERE cm.ticket_id = tickets.id AND NOT cm.is_internal
      AND cm.created_at > coalesce((SELECT max(sm.created_at) FROM messages sm
        JOIN users su ON su.id = sm.author_id AND su.role IN ('admin', 'agent')
        WHERE sm.ticket_id = tickets.id AND NOT sm.is_internal), '-infinity'::timestamptz));
