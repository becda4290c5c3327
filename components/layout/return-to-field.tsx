"use client";

import { usePathname } from "next/navigation";

/** The page the person is on, for a form that brings them back to it (kept current as they move around the site). */
export function ReturnToField() {
  return <input type="hidden" name="returnTo" value={usePathname()} />;
}
