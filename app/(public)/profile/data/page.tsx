import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { deleteAccountAction } from "@/app/(public)/profile/actions";
import { DeleteAccountForm } from "@/components/profile/delete-account-form";
import { requirePermission } from "@/lib/auth/guard";
import { PERSONAL_DATA_SECTIONS } from "@/lib/domain/profile/personal-data";
import { getPersonalData } from "@/lib/server/profile/get-personal-data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("yourData"))("title") };
}

/** Every section but the profile, counted. */
const HELD = PERSONAL_DATA_SECTIONS.filter((section) => section !== "profile");

/** "Your data": what is held about the person, a download of all of it, and deleting the account. */
export default async function YourDataPage() {
  const user = await requirePermission("profile:edit", "/profile/data");
  const t = await getTranslations("yourData");
  const data = await getPersonalData(user);
  return (
    <div className="narrow">
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <h2>{t("heldTitle")}</h2>
      <ul className="list list--bullet">
        {HELD.map((key) => (
          <li key={key}>{t(`held.${key}`, { count: data[key].length })}</li>
        ))}
      </ul>
      <p>{t("anonymousNote")}</p>
      <h2>{t("downloadTitle")}</h2>
      <p>{t("downloadBody")}</p>
      <ul className="list">
        <li>
          <a href="/api/profile/data?format=json" download>
            {t("downloadJson")}
          </a>
        </li>
        <li>
          <a href="/api/profile/data?format=html" download>
            {t("downloadHtml")}
          </a>
        </li>
      </ul>
      <h2>{t("deleteTitle")}</h2>
      <p>{t("deleteBody")}</p>
      <DeleteAccountForm action={deleteAccountAction} />
      <p>
        <Link href="/profile">{(await getTranslations("profile"))("title")}</Link>
      </p>
    </div>
  );
}
