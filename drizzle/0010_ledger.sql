CREATE TYPE "public"."dispute_status" AS ENUM('open', 'corrected', 'explained');--> statement-breakpoint
CREATE TYPE "public"."ledger_kind" AS ENUM('task_charged', 'task_edited', 'task_moved', 'task_deleted', 'task_unbilled', 'task_billed', 'adjustment');--> statement-breakpoint
CREATE TABLE "ledger_dispute_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dispute_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"author_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_disputes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"opened_by_id" uuid,
	"status" "dispute_status" DEFAULT 'open' NOT NULL,
	"correction_entry_id" uuid,
	"resolved_by_id" uuid,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"subscription_id" uuid NOT NULL,
	"kind" "ledger_kind" NOT NULL,
	"minutes" integer NOT NULL,
	"charged_at" timestamp with time zone NOT NULL,
	"period_start_date" date NOT NULL,
	"period_last_date" date,
	"task_id" uuid,
	"ticket_id" uuid,
	"actor_user_id" uuid,
	"reason" text,
	"details" jsonb,
	"is_late" boolean DEFAULT false NOT NULL,
	"statement_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"subscription_id" uuid NOT NULL,
	"period_index" integer NOT NULL,
	"period_start_date" date NOT NULL,
	"period_last_date" date NOT NULL,
	"figures" jsonb NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD COLUMN "statement_issued" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "ledger_dispute_messages" ADD CONSTRAINT "ledger_dispute_messages_dispute_id_ledger_disputes_id_fk" FOREIGN KEY ("dispute_id") REFERENCES "public"."ledger_disputes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_dispute_messages" ADD CONSTRAINT "ledger_dispute_messages_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_dispute_messages" ADD CONSTRAINT "ledger_dispute_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_disputes" ADD CONSTRAINT "ledger_disputes_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_disputes" ADD CONSTRAINT "ledger_disputes_entry_id_ledger_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."ledger_entries"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_disputes" ADD CONSTRAINT "ledger_disputes_opened_by_id_users_id_fk" FOREIGN KEY ("opened_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_disputes" ADD CONSTRAINT "ledger_disputes_correction_entry_id_ledger_entries_id_fk" FOREIGN KEY ("correction_entry_id") REFERENCES "public"."ledger_entries"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_disputes" ADD CONSTRAINT "ledger_disputes_resolved_by_id_users_id_fk" FOREIGN KEY ("resolved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_subscription_id_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."subscriptions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_statement_id_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statements"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_subscription_id_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."subscriptions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ledger_dispute_messages_dispute_idx" ON "ledger_dispute_messages" USING btree ("dispute_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_disputes_entry_idx" ON "ledger_disputes" USING btree ("entry_id");--> statement-breakpoint
CREATE INDEX "ledger_disputes_status_idx" ON "ledger_disputes" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "ledger_entries_subscription_charged_idx" ON "ledger_entries" USING btree ("subscription_id","charged_at");--> statement-breakpoint
CREATE INDEX "ledger_entries_company_created_idx" ON "ledger_entries" USING btree ("company_id","created_at");--> statement-breakpoint
CREATE INDEX "ledger_entries_task_idx" ON "ledger_entries" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "ledger_entries_unstated_idx" ON "ledger_entries" USING btree ("subscription_id","period_start_date") WHERE "ledger_entries"."statement_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "statements_subscription_period_idx" ON "statements" USING btree ("subscription_id","period_start_date");--> statement-breakpoint
CREATE INDEX "statements_company_idx" ON "statements" USING btree ("company_id","period_start_date");