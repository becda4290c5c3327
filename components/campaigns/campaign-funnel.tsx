import { getTranslations } from "next-intl/server";
import { ChartWithTable, countFigure } from "@/components/surveys/results/chart-with-table";
import { FUNNEL_DIMENSIONS, funnelFigures, MIN_RESPONSES_TO_COMPARE, responseRate, UNDER_REPRESENTED_POINTS, type CampaignFunnel } from "@/lib/domain/campaigns/funnel";
import { formatCount, formatPercent } from "@/lib/format/numbers";
import { FunnelGroupSection } from "./funnel-group-section";

/**
 * How a campaign is going: the funnel from invitation to answer as a chart and a table, the response
 * rate, who is under-represented among the responses compared with the invited list, and each
 * dimension's groups. Drawn on the server; every chart has its figures in words and in a table.
 */
export async function CampaignFunnelReport({ funnel, csvHref }: { funnel: CampaignFunnel; csvHref: string }) {
  const t = await getTranslations("campaignReport");
  const { overall } = funnel;
  if (overall.invited === 0 && Object.values(funnel.groups).every((rows) => rows.length === 0)) return <p className="lead">{t("noRecipients")}</p>;
  const rate = responseRate(overall);
  const figures = funnelFigures(overall).map((figure) => countFigure(t(`stages.${figure.stage}`), figure.count, figure.percent));
  const flagged = FUNNEL_DIMENSIONS.flatMap((dimension) => funnel.groups[dimension].filter(({ representation }) => representation.underRepresented).map(({ representation }) => ({ dimension, representation })));
  const share = (percent: number | null) => (percent === null ? "–" : formatPercent(percent));
  const notKnown = (dimension: string) => (dimension === "partner" ? t("noPartner") : t("notKnown"));
  return (
    <>
      <section aria-labelledby="funnel">
        <h2 id="funnel">{t("funnelTitle")}</h2>
        <p className="lead">{rate === null ? t("noRate") : t("responseRate", { rate: formatPercent(rate), submitted: formatCount(overall.submitted), invited: formatCount(overall.invited) })}</p>
        <ChartWithTable id="funnel-chart" title={t("funnelChart")} figures={figures} headings={{ label: t("stageHeadings.label"), count: t("stageHeadings.count"), share: t("stageHeadings.share") }} />
        <p className="hint">{t("openedHint")}</p>
        <p>{t("stopped", { bounced: overall.bounced, unsubscribed: overall.unsubscribed })}</p>
        <p>
          <a className="button button--secondary" href={csvHref} download>
            {t("download")}
          </a>
        </p>
        <p className="hint">{t("downloadHint")}</p>
      </section>
      <section aria-labelledby="under" className="funnel-under">
        <h2 id="under">{t("underTitle")}</h2>
        <p className="hint">{t("underHint", { points: UNDER_REPRESENTED_POINTS })}</p>
        {overall.submitted < MIN_RESPONSES_TO_COMPARE ? (
          <p>{t("tooFew", { min: MIN_RESPONSES_TO_COMPARE })}</p>
        ) : flagged.length === 0 ? (
          <p>{t("noneUnder")}</p>
        ) : (
          <ul className="notice funnel-under__list">
            {flagged.map(({ dimension, representation }) => (
              <li key={`${dimension}-${representation.key ?? "none"}`}>
                {t("underItem", {
                  dimension: t(`dimensions.${dimension}`),
                  group: representation.label ?? notKnown(dimension),
                  invited: share(representation.invitedShare),
                  responses: share(representation.responseShare),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <h2>{t("groupsTitle")}</h2>
      {FUNNEL_DIMENSIONS.map((dimension) => (
        <FunnelGroupSection key={dimension} dimension={dimension} rows={funnel.groups[dimension]} />
      ))}
    </>
  );
}
