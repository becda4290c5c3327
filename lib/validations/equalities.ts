import { z } from "zod";
import { ZCsvFile } from "./partner";

/** What the equalities views count: everyone who took part, or one topic, survey, theme or neighbourhood. */
export type EqualitiesScope = { kind: "all" } | { kind: "topic" | "survey" | "theme" | "neighbourhood"; id: string };

/** The scope as the GET form sends it: "all", or "<kind>:<id>" ("topic:3e6e…"). */
export const ZScopeParam = z
  .string()
  .regex(/^(all|(topic|survey|theme|neighbourhood):[0-9a-f-]{36})$/, "validation.population.scope")
  .transform((value): EqualitiesScope => {
    if (value === "all") return { kind: "all" };
    const [kind, id] = value.split(":") as [Exclude<EqualitiesScope["kind"], "all">, string];
    return { kind, id };
  })
  .refine((scope) => scope.kind === "all" || z.uuid().safeParse(scope.id).success, "validation.population.scope");

/** A population file for the whole area ("all") or one neighbourhood, with where its figures come from. */
export const ZPopulationUpload = z.object({
  area: z.union([z.literal("all"), z.uuid()], { error: "validation.population.area" }).transform((value) => (value === "all" ? null : value)),
  source: z.string().trim().min(1, "validation.population.sourceRequired").max(200, "validation.population.sourceTooLong"),
  file: ZCsvFile,
});
export type TPopulationUpload = z.output<typeof ZPopulationUpload>;

export const ZPopulationRef = z.object({ tableId: z.uuid("validation.population.table") });
