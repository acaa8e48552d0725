CREATE TABLE "idempotency_keys" (
	"user_id" uuid NOT NULL,
	"key" text NOT NULL,
	"fingerprint" text NOT NULL,
	"status_code" integer,
	"response" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_user_id_key_pk" PRIMARY KEY("user_id","key")
);
--> statement-breakpoint
CREATE TABLE "ticket_search" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"ticket_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"message_id" uuid,
	"text" text NOT NULL
);
--> statement-breakpoint
-- What search looked through moves off the ticket row as it was: each ticket's
-- search_text (its subject and public messages, already folded by foldForSearch
-- when they were written) becomes the ticket's first row, so every word found
-- before is found after, folded exactly the same, with no re-folding in SQL (whose
-- lower() and unaccent() do not fold as foldForSearch does). Later messages get
-- their own rows. Filled before its indexes are built, which is faster.
INSERT INTO "ticket_search" ("ticket_id", "company_id", "message_id", "text")
SELECT "id", "company_id", NULL, "search_text" FROM "tickets";--> statement-breakpoint
DROP INDEX "tickets_search_idx";--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_search" ADD CONSTRAINT "ticket_search_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_idx" ON "idempotency_keys" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "ticket_search_ticket_idx" ON "ticket_search" USING btree ("ticket_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ticket_search_subject_idx" ON "ticket_search" USING btree ("ticket_id") WHERE message_id is null;--> statement-breakpoint
CREATE INDEX "ticket_search_text_idx" ON "ticket_search" USING gin ("text" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
ALTER TABLE "tickets" DROP COLUMN "search_text";