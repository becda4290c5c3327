-- Full-text search over topics: title weighs most, then the summary, then the body.
UPDATE "topics" SET "body_text" = regexp_replace("body_html", '<[^>]+>', ' ', 'g') WHERE "body_text" = '';--> statement-breakpoint
ALTER TABLE "topics" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', coalesce("title", '')), 'A') ||
  setweight(to_tsvector('english', coalesce("summary", '')), 'B') ||
  setweight(to_tsvector('english', coalesce("body_text", '')), 'C')
) STORED;--> statement-breakpoint
CREATE INDEX "topics_search_idx" ON "topics" USING gin ("search_vector");
