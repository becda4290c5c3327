import type { ReactNode } from "react";
import { ScrollRegion } from "./scroll-region";

/** One column: its heading, and what each row shows in it. */
export type Column<Row> = {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** The column that names each row: its cells are row headers (`<th scope="row">`). */
  rowHeader?: boolean;
  /** Figures: aligned right, kept on one line (heading and cells). */
  numeric?: boolean;
  /** Extra class for the column's body cells (e.g. "nowrap"). */
  className?: string;
};

type TableProps = {
  /** Names the table (and its scroll region while that overflows). */
  caption: string;
  /** Show the caption above the table; by default only screen readers read it (a heading says it). */
  showCaption?: boolean;
  /** Extra classes for the table: "table--figures" for counts and shares, and so on. */
  className?: string;
  id?: string;
  /** The wrapper's class, when a table needs more than the standard scrolling box. */
  wrapClassName?: string;
  children: ReactNode;
};

/**
 * A table in its scrolling box, named by its caption: for tables whose cells hold forms or need a
 * hand-made body. Tables of rows and columns use DataTable.
 */
function Table({ caption, showCaption = false, className, id, wrapClassName, children }: TableProps) {
  return (
    <ScrollRegion label={caption} className={wrapClassName}>
      <table className={className ? `table ${className}` : "table"} id={id}>
        <caption className={showCaption ? "table__caption" : "visually-hidden"}>{caption}</caption>
        {children}
      </table>
    </ScrollRegion>
  );
}

type DataTableProps<Row> = Omit<TableProps, "children"> & {
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  /** Rows of totals under the body (`<tfoot>`), drawn with the same columns. */
  footerRows?: Row[];
  rowClassName?: (row: Row) => string | undefined;
  /** Said instead of the table when there are no rows; without it an empty table is shown. */
  empty?: string;
};

const numeric = (column: { numeric?: boolean; className?: string }) => [column.numeric ? "numeric" : "", column.className ?? ""].filter(Boolean).join(" ") || undefined;

function Cells<Row>({ columns, row }: { columns: Column<Row>[]; row: Row }) {
  return columns.map((column) =>
    column.rowHeader ? (
      <th key={column.key} scope="row" className={numeric(column)}>
        {column.cell(row)}
      </th>
    ) : (
      <td key={column.key} className={numeric(column)}>
        {column.cell(row)}
      </td>
    ),
  );
}

/**
 * The console's table: a caption, column headings with their scope, a row header where a column
 * names the row, figures aligned right, a box that scrolls sideways on a narrow screen (focusable and
 * named while it overflows), and what to say when there is nothing to list.
 */
export function DataTable<Row>({ columns, rows, rowKey, footerRows, rowClassName, empty, ...table }: DataTableProps<Row>) {
  if (rows.length === 0 && empty !== undefined) return <p>{empty}</p>;
  return (
    <Table {...table}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key} scope="col" className={column.numeric ? "numeric" : undefined}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} className={rowClassName?.(row)}>
            <Cells columns={columns} row={row} />
          </tr>
        ))}
      </tbody>
      {footerRows?.length ? (
        <tfoot>
          {footerRows.map((row) => (
            <tr key={rowKey(row)}>
              <Cells columns={columns} row={row} />
            </tr>
          ))}
        </tfoot>
      ) : null}
    </Table>
  );
}
