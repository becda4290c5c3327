import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { neighbourhoods, surveys, themes, topics } from "@/lib/db/schema";
import type { ScopeDescription } from "@/lib/domain/equalities/views";
import { NotFoundError } from "@/lib/errors";
import type { EqualitiesScope } from "@/lib/validations/equalities";


/** The scope's name (none for everyone), or not found. */
export async function describeScope(executor: Executor, scope: EqualitiesScope): Promise<ScopeDescription> {
  const described = (name: string | undefined, anonymousSurvey = false): ScopeDescription => {
    if (name === undefined) throw new NotFoundError("problems.equalities.scopeNotFound");
    return { scope, name, anonymousSurvey, neighbourhoodId: scope.kind === "neighbourhood" ? scope.id : null };
  };
  switch (scope.kind) {
    case "all":
      return { scope, name: null, anonymousSurvey: false, neighbourhoodId: null };
    case "topic":
      return described((await executor.select({ name: topics.title }).from(topics).where(eq(topics.id, scope.id)))[0]?.name);
    case "survey": {
      const [survey] = await executor.select({ name: surveys.title, anonymous: surveys.anonymous }).from(surveys).where(eq(surveys.id, scope.id));
      return described(survey?.name, survey?.anonymous);
    }
    case "theme":
      return described((await executor.select({ name: themes.name }).from(themes).where(eq(themes.id, scope.id)))[0]?.name);
    case "neighbourhood":
      return described((await executor.select({ name: neighbourhoods.name }).from(neighbourhoods).where(eq(neighbourhoods.id, scope.id)))[0]?.name);
  }
}
