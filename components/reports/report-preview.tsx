import { ScrollRegion } from "@/components/ui/scroll-region";
import type { ReportBlock, ReportDocument } from "@/lib/domain/reports/blocks";

/** A chart as bars drawn in HTML, hidden from assistive technology: the table after it has the figures. */
function Chart({ block }: { block: Extract<ReportBlock, { kind: "chart" }> }) {
  const largest = Math.max(0, ...block.bars.map((bar) => bar.value ?? 0));
  return (
    <figure className="report-chart" aria-hidden="true">
      <figcaption className="report-chart__title">{block.title}</figcaption>
      {block.bars.map((bar, index) => (
        <div key={index} className="report-chart__row">
          <span className="report-chart__label">{bar.label}</span>
          <span className="report-chart__bar" style={{ inlineSize: bar.value !== null && largest > 0 ? `${(bar.value / largest) * 100}%` : "0" }} />
          <span className="report-chart__value">{bar.text}</span>
        </div>
      ))}
    </figure>
  );
}

function Block({ block }: { block: ReportBlock }) {
  switch (block.kind) {
    case "heading": {
      // The page has its own h1 and h2: the document's levels move down one.
      const Heading = block.level === 1 ? "h3" : block.level === 2 ? "h4" : "h5";
      return <Heading>{block.text}</Heading>;
    }
    case "paragraph":
      return <p>{block.text}</p>;
    case "list":
      return (
        <ul>
          {block.items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      );
    case "quote":
      return <blockquote className="report-quote">“{block.text}”</blockquote>;
    case "chart":
      return <Chart block={block} />;
    case "table":
      return (
        <ScrollRegion label={block.caption}>
          <table className="table">
            <caption className="table__caption">{block.caption}</caption>
            <thead>
              <tr>
                {block.header.map((text, index) => (
                  <th key={index} scope="col">
                    {text}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {row.map((text, index) =>
                    index === 0 ? (
                      <th key={index} scope="row">
                        {text}
                      </th>
                    ) : (
                      <td key={index}>{text}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      );
  }
}

/** The report as its files will show it, in the document's language. */
export function ReportPreview({ document }: { document: ReportDocument }) {
  return (
    <div className="report-preview" lang={document.lang}>
      {document.blocks.map((block, index) => (
        <Block key={index} block={block} />
      ))}
    </div>
  );
}
