import type { ShownCount } from "@/lib/domain/equalities/suppress";
import { formatCount } from "@/lib/format/numbers";

/** A suppressed count in words: the number, "Fewer than 10" or "Hidden" (from the equalities messages). */
export function shownCountText(t: (key: "fewerThan10" | "hidden" | "nobody") => string, shown: ShownCount): string {
  if (shown.kind === "count") return formatCount(shown.count);
  if (shown.kind === "none") return t("nobody");
  return shown.kind === "fewer-than-10" ? t("fewerThan10") : t("hidden");
}
