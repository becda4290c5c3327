import type { EqualitiesScope } from "@/lib/validations/equalities";
import type { EqualitiesAggregate } from "./aggregate";
import type { EqualitiesQuestion } from "./questions";

type Option = { id: string; name: string };

/** What the equalities views can be counted for. */
export type ScopeOptions = { topics: Option[]; surveys: Option[]; themes: Option[]; neighbourhoods: Option[] };

/** What a scope is called, and whether it is an anonymous survey (whose responses are linked to no one). */
export type ScopeDescription = { scope: EqualitiesScope; name: string | null; anonymousSurvey: boolean; neighbourhoodId: string | null };

/** What an officer sees of a scope: its description and the suppressed counts. */
export type EqualitiesView = ScopeDescription & { aggregate: EqualitiesAggregate };

/** A population table as the officers' list shows it (never its figures). */
export type PopulationTableSummary = { id: string; area: string | null; source: string; fileName: string; uploadedAt: Date; uploadedBy: string | null; questions: EqualitiesQuestion[] };
