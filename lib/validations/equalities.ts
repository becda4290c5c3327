import { z } from "zod";

export const SCOPE_KINDS = ["all", "topic", "survey", "theme", "neighbourhood"] as const;

/** What the equalities views count: everyone who took part, or one topic, survey, theme or neighbourhood. */
export type EqualitiesScope = { kind: "all" } | { kind: Exclude<(typeof SCOPE_KINDS)[number], "all">; id: string };

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

/** The scope back as the form's value. */
export function scopeParam(scope: EqualitiesScope): string {
  return scope.kind === "all" ? "all" : `${scope.kind}:${scope.id}`;
}
