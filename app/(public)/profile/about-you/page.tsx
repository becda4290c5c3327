import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AboutYouForm } from "@/components/equalities/about-you-form";
import { DeleteAboutYouForm } from "@/components/equalities/delete-about-you-form";
import { requirePermission } from "@/lib/auth/guard";
import { formatDate } from "@/lib/format/dates";
import { getAboutYou } from "@/lib/server/equalities/get-about-you";
import { deleteAboutYouAction, saveAboutYouAction } from "./actions";
import "@/app/styles/equalities.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("aboutYou"))("title") };
}

const NOTICES = { answers: "saved", nothing: "savedNothing", deleted: "deleted" } as const;

type Props = { searchParams: Promise<{ saved?: string }> };

/** The optional "about you" questions: why they are asked, who sees what, the form, and deleting the answers. */
export default async function AboutYouPage({ searchParams }: Props) {
  const user = await requirePermission("profile:edit", "/profile/about-you");
  const t = await getTranslations("aboutYou");
  const [aboutYou, { saved }] = await Promise.all([getAboutYou(user), searchParams]);
  const notice = saved && Object.hasOwn(NOTICES, saved) ? NOTICES[saved as keyof typeof NOTICES] : null;
  return (
    <div className="narrow">
      {notice ? (
        <div className="notice notice--success" role="status">
          {t(notice)}
        </div>
      ) : null}
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <h2>{t("whyTitle")}</h2>
      <p>{t("whyBody")}</p>
      <h2>{t("whoTitle")}</h2>
      <ul className="list list--bullet">
        {(["apart", "counts", "partners", "control"] as const).map((key) => (
          <li key={key}>{t(`who.${key}`)}</li>
        ))}
      </ul>
      {aboutYou.answeredAt ? <p>{t("lastSaved", { date: formatDate(aboutYou.answeredAt) })}</p> : null}
      {/* Keyed by when the answers were saved: after a save or a deletion the radios show what is stored, not what was clicked. */}
      <AboutYouForm key={aboutYou.answeredAt?.toISOString() ?? "none"} action={saveAboutYouAction} answers={aboutYou.answers} />
      {aboutYou.answeredAt ? <DeleteAboutYouForm action={deleteAboutYouAction} /> : null}
    </div>
  );
}
