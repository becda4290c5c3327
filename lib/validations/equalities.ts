import { z } from "zod";

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
