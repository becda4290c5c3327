import { boolean, integer, pgEnum, pgTable, primaryKey, text, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { createdAt, id } from "./common";

/** The Coventry Community Plan's two underpinning and eight strategic themes. */
export const themeKind = pgEnum("theme_kind", ["underpinning", "strategic"]);

export const themes = pgTable("themes", {
  id: id(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  kind: themeKind("kind").notNull(),
  leadGroup: text("lead_group"),
  summary: text("summary").notNull(),
  sortOrder: integer("sort_order").notNull().default(0),
}).enableRLS();

export const communitiesOfInterest = pgTable("communities_of_interest", {
  id: id(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  sortOrder: integer("sort_order").notNull().default(0),
}).enableRLS();

export const neighbourhoods = pgTable("neighbourhoods", {
  id: id(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  isPriority: boolean("is_priority").notNull().default(false),
}).enableRLS();

export const organisationType = pgEnum("organisation_type", [
  "voluntary",
  "community",
  "faith",
  "public",
  "private",
  "education",
  "health",
]);

export const organisations = pgTable("organisations", {
  id: id(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  type: organisationType("type").notNull(),
  description: text("description"),
  place: text("place"),
  parentId: uuid("parent_id").references((): AnyPgColumn => organisations.id, { onDelete: "set null" }),
  createdAt: createdAt(),
}).enableRLS();

export const networks = pgTable("networks", {
  id: id(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  description: text("description").notNull(),
}).enableRLS();

export const networkMembers = pgTable(
  "network_members",
  {
    networkId: uuid("network_id")
      .notNull()
      .references(() => networks.id, { onDelete: "cascade" }),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    joinedAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.networkId, table.organisationId] })],
).enableRLS();
