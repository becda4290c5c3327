import type { ReactNode } from "react";

/** A GET form that changes what the page shows (a search, a dimension, a question), keeping the page's other query parameters. */
export function QueryForm({ action, label, hidden = {}, submitLabel, children }: { action: string; label: string; hidden?: Record<string, string>; submitLabel: string; children: ReactNode }) {
  return (
    <form method="get" action={action} className="filter-bar" aria-label={label}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <button type="submit" className="button button--secondary">
        {submitLabel}
      </button>
    </form>
  );
}
