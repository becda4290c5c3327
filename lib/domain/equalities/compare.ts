import { NOT_STATED, type EqualitiesAggregate } from "./aggregate";
import { QUESTION_ANSWERS, type EqualitiesQuestion } from "./questions";
import { THRESHOLD } from "./suppress";

/** The area's population by question and census category (every category of a question given). */
export type PopulationCounts = Partial<Record<EqualitiesQuestion, Record<string, number>>>;

/**
 * The participants' share of an answer, as far as the suppressed counts tell: exact; under a bound
 * (a count of "fewer than 10" among the people who answered); or unknown (hidden).
 */
export type ParticipantShare = { kind: "exact"; share: number } | { kind: "under"; share: number } | { kind: "hidden" };

/** How far below the population's share the participants' is, in percentage points: exactly, or at least. */
export type Shortfall = { kind: "exact" | "at-least"; points: number };

type AnswerComparison = { answer: string; population: number; participants: ParticipantShare; shortfall: Shortfall | null };

/**
 * One question compared: with the people who gave one of its census categories ("answered", as the
 * census's own shares leave out those who did not answer) against the population; or why not.
 */
export type QuestionComparison =
  | { question: EqualitiesQuestion; status: "compared"; answered: number; answers: AnswerComparison[] }
  | { question: EqualitiesQuestion; status: "no-population" | "too-few" | "not-known" };

/** A group the participants under-represent, for the "who are we missing" list. */
export type MissingGroup = { question: EqualitiesQuestion; answer: string; population: number; participants: ParticipantShare; shortfall: Shortfall };

/** A group is listed when its share of the participants is at least this many points below its share of the population. */
export const MISSING_POINTS = 2;
/** How many groups the list shows, largest shortfall first. */
const MISSING_LIMIT = 10;

function participantShare(shown: EqualitiesAggregate["questions"][number]["cells"][number]["shown"], answered: number): ParticipantShare {
  if (shown.kind === "count") return { kind: "exact", share: shown.count / answered };
  if (shown.kind === "fewer-than-10") return { kind: "under", share: Math.min(1, THRESHOLD / answered) };
  return { kind: "hidden" };
}

/** The gap in points; behind "fewer than 10" only a shortfall can be known (at least so many points), never an excess. */
function shortfallOf(population: number, participants: ParticipantShare): Shortfall | null {
  if (participants.kind === "hidden") return null;
  const points = (population - participants.share) * 100;
  if (participants.kind === "exact") return { kind: "exact", points };
  return points > 0 ? { kind: "at-least", points } : null;
}

/**
 * Compares who took part with the area's population, from the suppressed aggregate only: what an
 * officer is shown is all it uses, so the comparison reveals nothing the counts do not. A count
 * shown as "fewer than 10" gives a share under 10 ÷ answered, and the shortfall is then "at least".
 * A question is not compared without population figures, when fewer than 10 people gave one of its
 * categories, or when how many did is not known (its "not stated" count is suppressed).
 */
export function compareWithPopulation(aggregate: EqualitiesAggregate, population: PopulationCounts): { questions: QuestionComparison[]; missing: MissingGroup[] } {
  const total = aggregate.participants.kind === "count" ? aggregate.participants.count : null;
  const questions = aggregate.questions.map((entry): QuestionComparison => {
    const { question } = entry;
    const counts = population[question];
    const populationTotal = counts ? QUESTION_ANSWERS[question].reduce((sum, answer) => sum + (counts[answer] ?? 0), 0) : 0;
    if (!counts || populationTotal === 0) return { question, status: "no-population" };
    const notStated = entry.cells.find((cell) => cell.answer === NOT_STATED)?.shown;
    if (total === null || notStated?.kind !== "count") return { question, status: "not-known" };
    const answered = total - notStated.count;
    if (answered < THRESHOLD) return { question, status: "too-few" };
    const answers = entry.cells
      .filter((cell) => cell.answer !== NOT_STATED)
      .map((cell) => {
        const share = (counts[cell.answer] ?? 0) / populationTotal;
        const participants = participantShare(cell.shown, answered);
        return { answer: cell.answer, population: share, participants, shortfall: shortfallOf(share, participants) };
      });
    return { question, status: "compared", answered, answers };
  });
  const missing = questions
    .flatMap((entry) => (entry.status === "compared" ? entry.answers.map((answer) => ({ ...answer, question: entry.question })) : []))
    .filter((group): group is MissingGroup => group.shortfall !== null && group.shortfall.points >= MISSING_POINTS)
    .sort((a, b) => b.shortfall.points - a.shortfall.points)
    .slice(0, MISSING_LIMIT);
  return { questions, missing };
}
