import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signInError"))("title") };
}

const KNOWN = ["Verification", "AccessDenied", "Configuration"] as const;

/** Auth.js sends sign-in failures here, with `error` naming the cause. */
export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  const t = await getTranslations("signInError");
  const kind = KNOWN.find((known) => known === error) ?? "Default";
  return (
    <div className="narrow">
      <h1>{t(`${kind}.title`)}</h1>
      <p className="lead">{t(`${kind}.body`)}</p>
      <p>
        <Link href="/sign-in" className="button button--primary">
          {t("newLink")}
        </Link>
      </p>
    </div>
  );
}
