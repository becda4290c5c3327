import { getTranslations } from "next-intl/server";
import { formatIsoDate } from "@/lib/format/dates";

type KeyDate = { kind: "opens" | "closes" | "decision" | "custom"; label: string | null; date: string };

export async function KeyDates({ dates }: { dates: KeyDate[] }) {
  const t = await getTranslations("topic");
  if (dates.length === 0) return null;
  return (
    <section aria-labelledby="key-dates-title" className="side-panel">
      <h2 id="key-dates-title" className="heading-s">
        {t("keyDates")}
      </h2>
      <dl className="key-dates">
        {dates.map((item, index) => (
          <div key={`${item.kind}-${index}`} className="key-dates__row">
            <dt>{item.kind === "custom" && item.label ? item.label : t(`dateKind.${item.kind}`)}</dt>
            <dd>
              <time dateTime={item.date}>{formatIsoDate(item.date)}</time>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
