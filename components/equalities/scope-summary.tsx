import { getTranslations } from "next-intl/server";
import type { EqualitiesView } from "@/lib/domain/equalities/views";

/** Whom the figures are about, how many they are (suppressed), and who counts. */
export async function ScopeSummary({ view }: { view: Pick<EqualitiesView, "scope" | "name" | "anonymousSurvey" | "aggregate"> }) {
  const t = await getTranslations("equalities");
  const { participants } = view.aggregate;
  return (
    <section aria-labelledby="scope-heading" className="scope-summary">
      <h2 id="scope-heading">{view.scope.kind === "all" ? t("scopeHeading.all") : t(`scopeHeading.${view.scope.kind}`, { name: view.name ?? "" })}</h2>
      <p className="lead">
        {participants.kind === "count" ? t("participants.count", { count: participants.count }) : participants.kind === "none" ? t("participants.none") : t("participants.fewer")}
      </p>
      {view.anonymousSurvey ? <p className="notice">{t("anonymousSurvey")}</p> : null}
      <p>{t("whoCounts")}</p>
      <p>{t("notStatedNote")}</p>
    </section>
  );
}
