import { sql } from "drizzle-orm";
import { boolean, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
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

export const organisationSizeBand = pgEnum("organisation_size_band", ["micro", "small", "medium", "large"]);
/** Employers answer "employers" surveys; partners are the network's organisations. */
export const organisationKind = pgEnum("organisation_kind", ["employer", "partner"]);
/** Self-registered organisations start unverified; an officer verifies or rejects them. */
export const organisationVerification = pgEnum("organisation_verification", ["unverified", "verified", "rejected"]);

export const organisations = pgTable(
  "organisations",
  {
    id: id(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    type: organisationType("type").notNull(),
    kind: organisationKind("kind").notNull().default("partner"),
    description: text("description"),
    place: text("place"),
    parentId: uuid("parent_id").references((): AnyPgColumn => organisations.id, { onDelete: "set null" }),
    /** UK SIC 2007 section letter (A to U). */
    sicSection: text("sic_section"),
    sizeBand: organisationSizeBand("size_band"),
    /** Upper case with one space, e.g. CV6 5AB. */
    postcode: text("postcode"),
    /** The neighbourhood the postcode lies in, where it lies in one (see postcode_areas). */
    neighbourhoodId: uuid("neighbourhood_id").references(() => neighbourhoods.id, { onDelete: "set null" }),
    website: text("website"),
    /** Lower case, e.g. example.co.uk: colleagues with this address's domain may join at once once verified. */
    emailDomain: text("email_domain"),
    verification: organisationVerification("verification").notNull().default("unverified"),
    /** Why an officer rejected the organisation, shown to its people. */
    verificationNote: text("verification_note"),
    verifiedAt: timestamp("verified_at", { withTimezone: true, mode: "date" }),
    registeredBy: uuid("registered_by"),
    createdAt: createdAt(),
  },
  (table) => [
    index("organisations_verification_idx").on(table.verification, table.createdAt),
    index("organisations_email_domain_idx").on(table.emailDomain).where(sql`${table.emailDomain} is not null`),
  ],
).enableRLS();

/**
 * Postcode prefixes (a full postcode, a sector such as "CV6 5", or a district such as "CV1") and
 * the neighbourhood they lie in: the longest matching prefix places an organisation's postcode.
 */
export const postcodeAreas = pgTable("postcode_areas", {
  prefix: text("prefix").primaryKey(),
  neighbourhoodId: uuid("neighbourhood_id")
    .notNull()
    .references(() => neighbourhoods.id, { onDelete: "cascade" }),
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
