"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

type Props = { label: string; links: { href: string; label: string }[] };

/** The tabs for one survey in the console (Edit, Preview, Results, Versions), marking the current page. */
export function SurveySubNav({ label, links }: Props) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="survey-tabs">
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={pathname === link.href ? "page" : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
