"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** While an analysis is queued or running, fetches the page again every `seconds` so its progress moves; renders nothing. */
export function AutoRefresh({ active, seconds = 2 }: { active: boolean; seconds?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => router.refresh(), seconds * 1000);
    return () => clearInterval(timer);
  }, [active, seconds, router]);
  return null;
}
