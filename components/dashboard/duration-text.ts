import { getTranslations } from "next-intl/server";
import { durationParts } from "@/lib/format/duration";

/** A translator for lengths of time: "45 minutes", "3 h 20 min", "4 days 2 h", or "None". */
export async function durationFormatter(): Promise<(seconds: number | null) => string> {
  const t = await getTranslations("dashboard");
  return (seconds) => {
    if (seconds === null) return t("none");
    const parts = durationParts(seconds);
    if (parts.unit === "minutes") return t("duration.minutes", { minutes: parts.minutes });
    if (parts.unit === "hours") return t("duration.hours", { hours: parts.hours, minutes: parts.minutes });
    return t("duration.days", { days: parts.days, hours: parts.hours });
  };
}
