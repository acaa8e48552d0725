-- Hand-written: PostgreSQL's statistics for "rows of one ticket" (drizzle-kit has no syntax for them).
-- ANALYZE estimates a column's distinct values from a sample of 30,000 rows, and for
-- a ticket's messages (about eight a ticket) it guesses far too few tickets: at a
-- million tickets, 89,075 for messages.ticket_id and 120,753 for ticket_search.ticket_id.
-- So a prepared statement's generic plan expected 90 messages a ticket, and joined
-- their authors by reading every user into a hash table (4 ms a ticket's page, not
-- 0.26 ms with an index lookup for each message). A negative n_distinct is a share of
-- the rows and grows with the table: one ticket for every ten rows.
ALTER TABLE "messages" ALTER COLUMN "ticket_id" SET (n_distinct = -0.1);--> statement-breakpoint
ALTER TABLE "ticket_search" ALTER COLUMN "ticket_id" SET (n_distinct = -0.1);--> statement-breakpoint
ANALYZE "messages", "ticket_search";
