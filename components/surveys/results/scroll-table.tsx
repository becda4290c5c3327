import type { ReactNode } from "react";

/**
 * The box around a figures table: on a narrow screen a wide table scrolls sideways inside it, so
 * it is a named region keyboard users can focus and scroll (WCAG 2.1.1).
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
