import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FigureList } from "@/components/dashboard/figure-list";
import { ModerationSection } from "@/components/dashboard/moderation-section";
import { OutboxSection } from "@/components/dashboard/outbox-section";
import { ParticipationSection } from "@/components/dashboard/participation-section";
import { SurveysSection } from "@/components/dashboard/surveys-section";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/domain/access/policy";
import { resolveFilters } from "@/lib/domain/dashboard/resolve-filters";
import { formatCount } from "@/lib/format/numbers";
import { getConsoleOverview } from "@/lib/server/console/get-overview";
import { getModerationStats } from "@/lib/server/dashboard/get-moderation-stats";
import { getOutboxHealth } from "@/lib/server/dashboard/get-outbox-health";
import { getParticipation } from "@/lib/server/dashboard/get-participation";
import { getSurveyRates } from "@/lib/server/dashboard/get-survey-rates";
import { countModerationQueue } from "@/lib/server/moderation/list-queue";
import { countOrganisationsByVerification } from "@/lib/server/organisations/count-organisations-by-verification";
import { listNeighbourhoods, listThemes } from "@/lib/server/reference/list-reference";
import { ZDashboardQuery } from "@/lib/validations/dashboard";
import "@/app/styles/survey-results.css";
import "@/app/styles/dashboard.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("console"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The officers' dashboard: headline figures, participation over time, moderation, surveys, the outbox. */
export default async function ConsoleHome({ searchParams }: Props) {
  const user = await requirePermission("console:access", "/console");
  const query = ZDashboardQuery.parse(await searchParams);
  const [themes, neighbourhoods] = await Promise.all([listThemes(), listNeighbourhoods()]);
  const resolved = resolveFilters(query, themes, neighbourhoods);
  const [overview, queue, participation, moderation, surveys, outbox, organisations] = await Promise.all([
    getConsoleOverview(),
    countModerationQueue(),
    getParticipation({ themeId: resolved.themeId, neighbourhoodId: resolved.neighbourhoodId }),
    getModerationStats(),
    getSurveyRates(),
    getOutboxHealth(),
    countOrganisationsByVerification(),
  ]);
  const t = await getTranslations("console");
  const d = await getTranslations("dashboard");
  return (
    <>
      <PageHeader title={t("title")} lede={t("welcome", { name: user.name ?? user.email })} />
      <FigureList
        label={d("figuresLabel")}
        figures={[
          { label: d("figures.openTopics"), value: formatCount(overview.openTopics), href: "/topics" },
          { label: d("figures.openSurveys"), value: formatCount(surveys.length), href: "#open-surveys" },
          { label: d("figures.people"), value: formatCount(overview.people), href: can(user.role, "people:manage") ? "/console/people" : null },
          { label: d("figures.organisationsWaiting"), value: formatCount(organisations.unverified), href: can(user.role, "organisation:verify") ? "/console/organisations" : null },
        ]}
      />
      <ParticipationSection participation={participation} query={query} resolved={resolved} themes={themes} neighbourhoods={neighbourhoods} />
      <ModerationSection stats={moderation} queue={queue} />
      <SurveysSection surveys={surveys} />
      <OutboxSection health={outbox} />
    </>
  );
}
