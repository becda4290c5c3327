import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PreferencesForm } from "@/components/partner-preferences/preferences-form";
import { ActionForm } from "@/components/ui/action-form";
import { SUPPORTED_LOCALES } from "@/lib/i18n/config";
import { getPreferencesByToken, type PartnerPreferences } from "@/lib/server/partner-preferences/get-preferences-by-token";
import { listThemes } from "@/lib/server/reference/list-reference";
import { eraseContactAction, resubscribeAction, savePreferencesAction, unsubscribeAction } from "./actions";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  // The link is a key: keep it out of search engines and out of the Referer sent to other sites (see next.config.js).
  return { title: (await getTranslations("partnerPreferences"))("metaTitle"), robots: { index: false, follow: false }, referrer: "same-origin" };
}

const TokenField = ({ token }: { token: string }) => <input type="hidden" name="token" value={token} />;

/** Every state of the page offers the contact their data and a way to be removed altogether. */
async function YourData({ token }: { token: string }) {
  const t = await getTranslations("partnerPreferences");
  return (
    <>
      <h2 id="your-data">{t("dataHeading")}</h2>
      <p>{t("dataBody")}</p>
      <p>
        <a href={`/api/partners/data/${encodeURIComponent(token)}`} download>
          {t("dataDownload")}
        </a>
      </p>
      <p>{t("eraseBody")}</p>
      <ActionForm action={eraseContactAction} label={t("eraseLabel")} submitLabel={t("erase")} pendingLabel={t("erasing")} variant="warning">
        <TokenField token={token} />
      </ActionForm>
    </>
  );
}

async function Unsubscribed({ token, contact }: { token: string; contact: PartnerPreferences }) {
  const t = await getTranslations("partnerPreferences");
  return (
    <div className="narrow">
      <div className="panel--confirmation">
        <h1 className="panel__title">{t("unsubscribedTitle")}</h1>
        <p className="panel__body">{t("unsubscribedBody", { organisation: contact.organisation })}</p>
      </div>
      <p>{t("unsubscribedAgain")}</p>
      <ActionForm action={resubscribeAction} label={t("resubscribeLabel")} submitLabel={t("resubscribe")} pendingLabel={t("resubscribing")} variant="primary">
        <TokenField token={token} />
      </ActionForm>
      <YourData token={token} />
    </div>
  );
}

async function Stopped({ token, contact }: { token: string; contact: PartnerPreferences }) {
  const t = await getTranslations("partnerPreferences");
  return (
    <div className="narrow">
      <h1>{t("stoppedTitle")}</h1>
      <p className="lead">{contact.status === "complained" ? t("stoppedComplained") : t("stoppedBounced")}</p>
      <p>{t("stoppedCannot")}</p>
      <YourData token={token} />
    </div>
  );
}

/** A partner contact's summary choices, reached from the signed link in every summary email; no account needed. */
export default async function PartnerPreferencesPage({ params, searchParams }: Props) {
  const [{ token }, { done }] = await Promise.all([params, searchParams]);
  const contact = await getPreferencesByToken(token);
  if (!contact) notFound();
  if (contact.status === "unsubscribed") return <Unsubscribed token={token} contact={contact} />;
  if (contact.status !== "active") return <Stopped token={token} contact={contact} />;
  const [t, themes] = await Promise.all([getTranslations("partnerPreferences"), listThemes()]);
  const confirmation = done === "saved" ? { title: t("saved"), body: t("savedBody") } : done === "resubscribed" ? { title: t("resubscribedTitle"), body: t("resubscribedBody") } : null;
  return (
    <div className="narrow">
      {confirmation ? (
        <div className="notice notice--success" role="status">
          <p>
            <strong>{confirmation.title}</strong>
          </p>
          <p>{confirmation.body}</p>
        </div>
      ) : null}
      <h1>{t("title")}</h1>
      <p className="lead">{t("for", { name: contact.name, organisation: contact.organisation })}</p>
      <p>{t("intro")}</p>
      <PreferencesForm action={savePreferencesAction} token={token} values={{ allThemes: contact.allThemes, themeIds: contact.themeIds, frequency: contact.frequency, language: contact.language, sendWhenQuiet: contact.sendWhenQuiet }} themes={themes} languages={SUPPORTED_LOCALES} />
      <h2 id="unsubscribe">{t("stopHeading")}</h2>
      <p>{t("stopBody")}</p>
      <ActionForm action={unsubscribeAction} label={t("unsubscribeLabel")} submitLabel={t("unsubscribe")} pendingLabel={t("unsubscribing")} variant="warning">
        <TokenField token={token} />
      </ActionForm>
      <YourData token={token} />
    </div>
  );
}
