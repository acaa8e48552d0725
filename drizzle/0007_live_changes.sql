-- Live changes: every change to what customers watch (tickets and their threads,
-- tasks, subscriptions) is announced on the channel aitima_live once its
-- transaction commits, whichever code or process made it. Each server process
-- LISTENs and tells its open /api/live streams; PostgreSQL delivers to every
-- process on the database, PGlite to its one process. The payload names only the
-- table and the company: the streams decide who may hear of it.
CREATE FUNCTION "aitima_notify_live"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify(
    'aitima_live',
    json_build_object(
      'table', TG_TABLE_NAME,
      'companyId', CASE WHEN TG_OP = 'DELETE' THEN OLD.company_id ELSE NEW.company_id END
    )::text
  );
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "tickets_live" AFTER INSERT OR UPDATE OR DELETE ON "tickets"
  FOR EACH ROW EXECUTE FUNCTION "aitima_notify_live"();
--> statement-breakpoint
CREATE TRIGGER "ticket_events_live" AFTER INSERT OR UPDATE OR DELETE ON "ticket_events"
  FOR EACH ROW EXECUTE FUNCTION "aitima_notify_live"();
--> statement-breakpoint
CREATE TRIGGER "tasks_live" AFTER INSERT OR UPDATE OR DELETE ON "tasks"
  FOR EACH ROW EXECUTE FUNCTION "aitima_notify_live"();
--> statement-breakpoint
CREATE TRIGGER "subscriptions_live" AFTER INSERT OR UPDATE OR DELETE ON "subscriptions"
  FOR EACH ROW EXECUTE FUNCTION "aitima_notify_live"();
