import { pgTable, text, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { updatedAt } from "./common";

/**
 * The officers' message at the top of partners' scheduled summaries (one row, id "scheduled"; an
 * empty text is no message). Its translations are content_translations rows like any content's.
 */
export const summaryIntros = pgTable("summary_intros", {
  id: text("id").primaryKey(),
  text: text("text").notNull().default(""),
  updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
  updatedAt: updatedAt(),
}).enableRLS();
