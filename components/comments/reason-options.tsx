import { useTranslations } from "next-intl";
import { REMOVAL_REASONS } from "@/lib/validations/comment";

/** The reasons a comment can be reported or removed for, as <option>s (server or client). */
export function ReasonOptions() {
  const reasons = useTranslations("moderationReasons");
  return REMOVAL_REASONS.map((reason) => (
    <option key={reason} value={reason}>
      {reasons(reason)}
    </option>
  ));
}
