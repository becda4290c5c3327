/** A length of time in the largest units that read well: minutes, hours and minutes, or days and hours. */
export type DurationParts = { unit: "minutes"; minutes: number } | { unit: "hours"; hours: number; minutes: number } | { unit: "days"; days: number; hours: number };

export function durationParts(seconds: number): DurationParts {
  const minutes = Math.round(Math.max(0, seconds) / 60);
  if (minutes < 60) return { unit: "minutes", minutes };
  if (minutes < 48 * 60) return { unit: "hours", hours: Math.floor(minutes / 60), minutes: minutes % 60 };
  const hours = Math.round(minutes / 60);
  return { unit: "days", days: Math.floor(hours / 24), hours: hours % 24 };
}
