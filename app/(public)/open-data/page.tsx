import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { THEME_COUNT_THRESHOLD } from "@/lib/domain/open-data/theme-counts";
import { OPEN_DATA_LICENCE } from "@/lib/domain/open-data/licence";
import { SMALL_NUMBER } from "@/lib/domain/surveys/results/suppress";
import { env } from "@/lib/env";
import "@/app/styles/open-data.css";

const API = "/api/open/v1";
const ADDRESSES = ["/topics", "/topics/{slug}", "/topics/{slug}/themes", "/surveys", "/surveys/{slug}/results", "/reports", "/openapi.json"];

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("openData"))("title") };
}

/** What the open data API and its CSV downloads give, in plain language: the licence, the limits, the addresses. */
export default async function OpenDataPage() {
  const t = await getTranslations("openData");
  // Addresses and parameters read left to right in every language, isolated from the sentence around them.
  const code = (text: string) => <code dir="ltr">{text}</code>;
  return (
    <div className="narrow prose open-data">
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>

      <section aria-labelledby="open-data-what">
        <h2 id="open-data-what">{t("what.title")}</h2>
        <ul className="list list--bullet">
          <li>{t("what.topics")}</li>
          <li>{t("what.themes")}</li>
          <li>{t("what.surveys")}</li>
          <li>{t("what.reports")}</li>
        </ul>
      </section>

      <section aria-labelledby="open-data-never">
        <h2 id="open-data-never">{t("never.title")}</h2>
        <ul className="list list--bullet">
          <li>{t("never.unpublished")}</li>
          <li>{t("never.personal")}</li>
        </ul>
        <p>{t("never.suppression", { themes: THEME_COUNT_THRESHOLD, answers: SMALL_NUMBER })}</p>
      </section>

      <section aria-labelledby="open-data-downloads">
        <h2 id="open-data-downloads">{t("downloads.title")}</h2>
        <p>{t("downloads.intro")}</p>
        <p>
          <a href={`${API}/topics?format=csv`} download>
            {t("downloads.topics")}
          </a>
        </p>
        <p>{t.rich("downloads.more", { param: () => code("?format=csv"), example: () => code(`${API}/surveys/{slug}/results?format=csv`) })}</p>
      </section>

      <section aria-labelledby="open-data-api">
        <h2 id="open-data-api">{t("api.title")}</h2>
        <p>{t.rich("api.intro", { base: () => code(API) })}</p>
        <p>{t.rich("api.pages", { limit: () => code("limit"), next: () => code("next") })}</p>
        <ul className="list list--bullet" aria-label={t("api.addressesLabel")}>
          {ADDRESSES.map((address) => (
            <li key={address}>
              <code dir="ltr">GET {`${API}${address}`}</code>
            </li>
          ))}
        </ul>
        <p>
          {t("api.description")} <a href={`${API}/openapi.json`}>{t("api.openapi")}</a>
        </p>
      </section>

      <section aria-labelledby="open-data-limits">
        <h2 id="open-data-limits">{t("limits.title")}</h2>
        <p>{t("limits.rate", { limit: env.OPEN_DATA_RATE_LIMIT })}</p>
        <p>{t("limits.cache", { seconds: env.OPEN_DATA_CACHE_SECONDS })}</p>
      </section>

      <section aria-labelledby="open-data-licence">
        <h2 id="open-data-licence">{t("licence.title")}</h2>
        <p>{t.rich("licence.text", { licence: (chunks) => <a href={OPEN_DATA_LICENCE.url}>{chunks}</a> })}</p>
        <p>{t("licence.attribution")}</p>
      </section>
    </div>
  );
}
