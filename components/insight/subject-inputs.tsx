import type { SubjectFields } from "./types";

/** The hidden fields naming what is analysed. */
export function SubjectInputs({ subject }: { subject: SubjectFields }) {
  return Object.entries(subject).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
}
