import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { CurrentUser } from "@/lib/domain/access/current-user";
import { can } from "@/lib/domain/access/policy";
import { getDb } from "@/lib/db/client";
import { aggregateAnswers } from "@/lib/domain/equalities/aggregate";
import type { EqualitiesView } from "@/lib/domain/equalities/views";
import { ForbiddenError } from "@/lib/errors";
import { queryRows } from "@/lib/server/shared/query-rows";
import type { EqualitiesScope } from "@/lib/validations/equalities";
import { ANSWER_COLUMNS } from "./shared/profile-columns";
import { participantsOf } from "./shared/participants";
import { describeScope } from "./shared/scope-label";

const ZAnswerCount = z.object({ question: z.string(), answer: z.string().nullable(), count: z.coerce.number().int() });
const ZTotal = z.object({ total: z.coerce.number().int() });

/** One row per question for each participant: (question, their answer or null). */
const ANSWERS_BY_QUESTION = sql.join(
  Object.entries(ANSWER_COLUMNS).map(([question, column]) => sql`(${question}, e.${sql.identifier(column.name)})`),
  sql`, `,
);


/**
 * Who took part in a topic, a survey, a theme, a neighbourhood or anything: for officers only, and
 * only as suppressed counts (lib/domain/equalities/suppress.ts). The counts are made in the database
 * and suppressed here before anything is returned: no user id, name or single person's answers
 * ever leaves this function, and no count under 10.
 */
export async function getEqualitiesAggregate(user: CurrentUser, scope: EqualitiesScope): Promise<EqualitiesView> {
  if (!can(user.role, "equalities:view")) throw new ForbiddenError();
  const db = getDb();
  const described = await describeScope(db, scope);
  const participants = participantsOf(scope);
  const [totals, counts] = await Promise.all([
    queryRows(db, sql`select count(*) as total from (${participants}) as p`, ZTotal),
    queryRows(
      db,
      sql`select q.question, q.answer, count(*) as count
        from (${participants}) as p
        left join equalities_profiles e on e.user_id = p.id and e.answered_at is not null
        cross join lateral (values ${ANSWERS_BY_QUESTION}) as q(question, answer)
        group by q.question, q.answer`,
      ZAnswerCount,
    ),
  ]);
  return { ...described, aggregate: aggregateAnswers(totals[0]?.total ?? 0, counts) };
}
