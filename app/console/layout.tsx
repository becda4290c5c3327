import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/domain/access/policy";

/** Every console page is for officers and admins: others get the 403 page, signed-out people sign in. */
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const user = await requirePermission("console:access", "/console");
  const t = await getTranslations("console");
  return (
    <div className="console">
      <nav aria-label={t("navLabel")} className="console-nav">
        <ul>
          <li>
            <Link href="/console">{t("overview")}</Link>
          </li>
          {can(user.role, "topic:manage") ? (
            <li>
              <Link href="/console/topics">{t("topics")}</Link>
            </li>
          ) : null}
          {can(user.role, "survey:manage") ? (
            <li>
              <Link href="/console/surveys">{t("surveys")}</Link>
            </li>
          ) : null}
          {can(user.role, "comment:moderate") ? (
            <li>
              <Link href="/console/moderation">{t("moderation")}</Link>
            </li>
          ) : null}
          {can(user.role, "partner:manage") ? (
            <>
              <li>
                <Link href="/console/partners">{t("partners")}</Link>
              </li>
              <li>
                <Link href="/console/summaries">{t("summaries")}</Link>
              </li>
            </>
          ) : null}
          {can(user.role, "organisation:verify") ? (
            <li>
              <Link href="/console/organisations">{t("organisations")}</Link>
            </li>
          ) : null}
          {can(user.role, "equalities:view") ? (
            <li>
              <Link href="/console/equalities">{(await getTranslations("equalities"))("nav")}</Link>
            </li>
          ) : null}
          {can(user.role, "outbox:view") ? (
            <li>
              <Link href="/console/outbox">{t("outbox")}</Link>
            </li>
          ) : null}
          <li>
            <Link href="/console/retention">{t("retention")}</Link>
          </li>
          {can(user.role, "people:manage") ? (
            <li>
              <Link href="/console/people">{t("people")}</Link>
            </li>
          ) : null}
        </ul>
      </nav>
      <div className="console__content">{children}</div>
    </div>
  );
}
