import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageForm } from "@/components/profile/language-form";
import { ProfileForm } from "@/components/profile/profile-form";
import { SignOutEverywhere } from "@/components/profile/sign-out-everywhere";
import { requirePermission } from "@/lib/auth/guard";
import { getProfile } from "@/lib/server/profile/get-profile";
import { getAboutYou } from "@/lib/server/equalities/get-about-you";
import { formatDate } from "@/lib/format/dates";
import { can } from "@/lib/domain/access/policy";
import { listNeighbourhoods } from "@/lib/server/reference/list-reference";
import { signOutEverywhereAction, updateProfileAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile"))("title") };
}

export default async function ProfilePage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  const user = await requirePermission("profile:edit", "/profile");
  const t = await getTranslations("profile");
  const [profile, neighbourhoods, aboutYou, { saved }] = await Promise.all([getProfile(user.id), listNeighbourhoods(), getAboutYou(user), searchParams]);
  const a = await getTranslations("aboutYou.profile");
  return (
    <div className="narrow">
      {saved === "language" ? (
        <div className="notice notice--success" role="status">
          {(await getTranslations("language"))("profileSaved")}
        </div>
      ) : null}
      <h1>{t("title")}</h1>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t("email")}</dt>
          <dd>{profile.email}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t("role")}</dt>
          <dd>{(await getTranslations("roles"))(profile.role)}</dd>
        </div>
      </dl>
      <ProfileForm action={updateProfileAction} profile={profile} neighbourhoods={neighbourhoods} />
      <LanguageForm current={user.locale} />
      {can(user.role, "organisation:belong") ? (
        <>
          <h2>{t("organisationTitle")}</h2>
          <p>
            {profile.organisation ? t("organisationBody", { organisation: profile.organisation }) : t("noOrganisationBody")} <Link href="/organisation">{profile.organisation ? t("organisationLink") : t("noOrganisationLink")}</Link>
          </p>
        </>
      ) : null}
      <h2>{a("title")}</h2>
      <p>
        {aboutYou.answeredAt ? a("answered", { date: formatDate(aboutYou.answeredAt) }) : a("body")} <Link href="/profile/about-you">{aboutYou.answeredAt ? a("change") : a("start")}</Link>
      </p>
      <h2>{t("yourDataTitle")}</h2>
      <p>
        {t("yourDataBody")} <Link href="/profile/data">{t("yourDataLink")}</Link>
      </p>
      <h2>{t("everywhereTitle")}</h2>
      <p>{t("everywhereBody")}</p>
      <SignOutEverywhere action={signOutEverywhereAction} />
    </div>
  );
}
