import { getTranslations } from "next-intl/server";
import { formatCount } from "@/lib/format/numbers";
import { QrCode } from "./qr-code";

export type LinkCardData = {
  id: string;
  address: string;
  qr: { size: number; path: string };
  partner: { id: string; name: string } | null;
  started: number | null;
  submitted: number | null;
};

/** One link: who it is for, its address to copy, its QR code with a download, and what it has brought. */
export async function SurveyLinkCard({ surveyId, link }: { surveyId: string; link: LinkCardData }) {
  const t = await getTranslations("surveyLinks");
  const name = link.partner ? link.partner.name : t("ownLink");
  const count = (value: number | null) => (value === null ? t("fewerThanFive") : formatCount(value));
  return (
    <section className="link-card" aria-labelledby={`link-${link.id}`}>
      <h3 id={`link-${link.id}`} className="heading-s">
        {name}
      </h3>
      <div className="link-card__body">
        <QrCode id={`qr-${link.id}`} size={link.qr.size} path={link.qr.path} label={t("qrLabel", { name, address: link.address })} />
        <div>
          <div className="form-group">
            <label className="label" htmlFor={`address-${link.id}`}>
              {t("address")}
            </label>
            <p className="hint" id={`address-${link.id}-hint`}>
              {t("addressHint")}
            </p>
            <input className="input input--wide" id={`address-${link.id}`} type="text" readOnly value={link.address} aria-describedby={`address-${link.id}-hint`} />
          </div>
          <p>
            <a className="button button--secondary" href={`/api/console/surveys/${surveyId}/links/${link.id}/qr.svg`} download>
              {t("download")} <span className="visually-hidden">{t("downloadFor", { name })}</span>
            </a>
          </p>
          <p>{t("brought", { started: count(link.started), submitted: count(link.submitted) })}</p>
        </div>
      </div>
    </section>
  );
}
