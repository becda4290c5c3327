import Link from "next/link";
import { useTranslations } from "next-intl";

const PAGES = [
  { key: "overview", href: "/organisation" },
  { key: "network", href: "/organisation/network" },
  { key: "contacts", href: "/organisation/contacts" },
] as const;

/** A partner organisation's pages: its people, its themes in the network, its contacts. */
export function OrganisationNav({ current }: { current: (typeof PAGES)[number]["key"] }) {
  const t = useTranslations("partnerPortal.nav");
  return (
    <nav className="tabs" aria-label={t("label")}>
      <ul>
        {PAGES.map((page) => (
          <li key={page.key}>
            <Link href={page.href} aria-current={page.key === current ? "page" : undefined}>
              {t(page.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
