import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MAGIC_LINK_MINUTES } from "@/lib/domain/access/sign-in-settings";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("checkEmail"))("title") };
}

export default async function CheckEmailPage() {
  const t = await getTranslations("checkEmail");
  return (
    <div className="narrow">
      <div className="panel panel--confirmation">
        <h1 className="panel__title">{t("title")}</h1>
        <p className="panel__body">{t("sent")}</p>
      </div>
      <p>{t("expiry", { minutes: MAGIC_LINK_MINUTES })}</p>
      <h2 className="heading-s">{t("notArrivedTitle")}</h2>
      <ul className="list list--bullet">
        <li>{t("checkSpam")}</li>
        <li>{t("checkAddress")}</li>
      </ul>
      <p>
        <Link href="/sign-in">{t("tryAgain")}</Link>
      </p>
    </div>
  );
}
