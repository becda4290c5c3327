import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { issueFormToken } from "@/lib/security/form-guard";
import { ZSignInInput } from "@/lib/validations/sign-in";
import { signInAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; signedOut?: string }> }) {
  const { callbackUrl, signedOut } = await searchParams;
  const returnTo = ZSignInInput.shape.callbackUrl.parse(callbackUrl);
  if (await getCurrentUser()) redirect(returnTo);
  const t = await getTranslations("signIn");
  return (
    <div className="narrow">
      {signedOut === "everywhere" ? (
        <div className="notice notice--success" role="status">
          {t("signedOutEverywhere")}
        </div>
      ) : null}
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <SignInForm action={signInAction} callbackUrl={returnTo} formToken={issueFormToken()} />
      <h2 className="heading-s">{t("whyTitle")}</h2>
      <p>{t("why")}</p>
    </div>
  );
}
