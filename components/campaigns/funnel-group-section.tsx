import { getTranslations } from "next-intl/server";
import { BarChart } from "@/components/surveys/results/bar-chart";
import { DataTable } from "@/components/ui/data-table";
import type { FunnelDimension, FunnelGroup, Representation } from "@/lib/domain/campaigns/funnel";
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
    { label: t("shareOfInvited", { group: name(group) }), percent: representation.invitedShare, text: share(representation.invitedShare) },
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
          { key: "group", header: t("group"), cell: ({ group }) => name(group), rowHeader: true },
          { key: "invited", header: t("stages.invited"), cell: ({ group }) => formatCount(group.counts.invited), numeric: true },
          { key: "delivered", header: t("stages.delivered"), cell: ({ group }) => formatCount(group.counts.delivered), numeric: true },
          { key: "opened", header: t("stages.opened"), cell: ({ group }) => formatCount(group.counts.opened), numeric: true },
          { key: "started", header: t("stages.started"), cell: ({ group }) => formatCount(group.counts.started), numeric: true },
          { key: "submitted", header: t("stages.submitted"), cell: ({ group }) => formatCount(group.counts.submitted), numeric: true },
          { key: "rate", header: t("rate"), cell: ({ representation }) => share(representation.responseRate), numeric: true },
          { key: "invitedShare", header: t("invitedShare"), cell: ({ representation }) => share(representation.invitedShare), numeric: true },
          { key: "responseShare", header: t("responseShare"), cell: ({ representation }) => share(representation.responseShare), numeric: true },
          { key: "flag", header: t("flag"), cell: ({ representation }) => (representation.underRepresented ? <strong>{t("yes")}</strong> : t("no")) },
        ]}
      />
    </section>
  );
}
