CREATE TABLE "package_hour_alerts" (
	"subscription_id" uuid NOT NULL,
	"period_start_date" date NOT NULL,
	"threshold_percent" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "package_hour_alerts_pk" PRIMARY KEY("subscription_id","period_start_date","threshold_percent")
);
--> statement-breakpoint
ALTER TABLE "package_hour_alerts" ADD CONSTRAINT "package_hour_alerts_subscription_id_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."subscriptions"("id") ON DELETE cascade ON UPDATE no action;