DROP INDEX "comments_topic_helpful_idx";--> statement-breakpoint
CREATE INDEX "comments_topic_status_idx" ON "comments" USING btree ("topic_id","status");--> statement-breakpoint
CREATE INDEX "comments_topic_helpful_idx" ON "comments" USING btree ("topic_id","helpful_count","created_at","id");