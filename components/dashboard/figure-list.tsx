import Link from "next/link";

export interface Headline {
  label: string;
  value: string;
  href?: string | null;
}

/** A row of headline figures, each with its label (a link where there is more to see). */
export function FigureList({ label, figures }: { label: string; figures: Headline[] }) {
  return (
    <ul className="figures" aria-label={label}>
      {figures.map((figure) => (
        <li key={figure.label} className="figure">
          <span className="figure__value">{figure.value}</span>
          <span className="figure__label">{figure.href ? <Link href={figure.href}>{figure.label}</Link> : figure.label}</span>
        </li>
      ))}
    </ul>
  );
}
