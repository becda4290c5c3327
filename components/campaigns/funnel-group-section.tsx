import { getTranslations } from "next-intl/server";
import { BarChart } from "@/components/surveys/results/bar-chart";
import { DataTable } from "@/components/ui/data-table";
import { FUNNEL_STAGES, type FunnelDimension, type FunnelGroup, type Representation } from "@/lib/domain/campaigns/funnel";
import { formatCount, formatPercent } from "@/lib/format/numbers";

type Row = { group: FunnelGroup; representation: Representation };

const share = (percent: number | null) => (percent === null ? "–" : formatPercent(percent));

/**
 * One dimension of a campaign (by list, partner, sector or size band): a chart of each group's share
 * of those invited against its share of the responses, and a table of every stage with the rate.
 */
export async function FunnelGroupSection({ dimension, rows }: { dimension: FunnelDimension; rows: Row[] }) {
  const t = await getTranslations("campaignReport");
  const name = (group: FunnelGroup) => group.label ?? (dimension === "partner" ? t("noPartner") : t("notKnown"));
  const title = t(`byTitle.${dimension}`);
  const bars = rows.flatMap(({ group, representation }) => [
    { label: t("shareOfInvited", { group: name(group) }), percent: representation.invitedShare, text: share(representation.invitedShare), tone: "light" as const },
    { label: t("shareOfResponses", { group: name(group) }), percent: representation.responseShare, text: share(representation.responseShare) },
  ]);
  return (
    <section aria-labelledby={`by-${dimension}`} className="funnel-group">
      <h3 id={`by-${dimension}`}>{title}</h3>
      <div className="funnel-group__chart">
        <BarChart id={`chart-${dimension}`} title={t("shareChart", { dimension: t(`dimensions.${dimension}`) })} bars={bars} />
      </div>
      <DataTable
        caption={title}
        className="table--figures"
        rows={rows}
        rowKey={({ group }) => group.key ?? "none"}
        rowClassName={({ representation }) => (representation.underRepresented ? "funnel-group__flagged" : undefined)}
        columns={[
          {
            key: "group",
            header: t("group"),
            rowHeader: true,
            cell: ({ group, representation }) => (representation.underRepresented ? <>{name(group)} <strong className="funnel-group__tag">{t("underTag")}</strong></> : name(group)),
          },
          // The comparison first: on a narrow screen it shows before the table scrolls.
          { key: "invitedShare", header: t("invitedShare"), cell: ({ representation }) => share(representation.invitedShare), numeric: true },
          { key: "responseShare", header: t("responseShare"), cell: ({ representation }) => share(representation.responseShare), numeric: true },
          { key: "rate", header: t("rate"), cell: ({ representation }) => share(representation.responseRate), numeric: true },
          ...FUNNEL_STAGES.map((stage) => ({ key: stage, header: t(`stages.${stage}`), cell: ({ group }: Row) => formatCount(group.counts[stage]), numeric: true })),
        ]}
      />
    </section>
  );
}
