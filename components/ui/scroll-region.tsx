"use client";

import type { ReactNode } from "react";
import { useEffect, useRef, useState } from "react";

type Props = { label: string; className?: string; children: ReactNode };

/**
 * The box around a wide table: on a narrow screen the table scrolls sideways inside it. While it
 * overflows it is a named region keyboard users can focus and scroll (WCAG 2.1.1); when everything
 * fits it is a plain box, with no extra tab stop. Rendered as overflowing until the browser has
 * measured it, so without JavaScript a wide table can still be reached and scrolled.
 */
export function ScrollRegion({ label, className = "table-wrap", children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(true);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const measure = () => setOverflows(box.scrollWidth - box.clientWidth > 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    for (const child of Array.from(box.children)) observer.observe(child);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className={className} {...(overflows ? { role: "region", "aria-label": label, tabIndex: 0 } : {})}>
      {children}
    </div>
  );
}
