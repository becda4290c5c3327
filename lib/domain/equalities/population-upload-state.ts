/** An upload refused row by row, as the page shows it: what the form said, each bad row with its problems in words, and the file's other problems. */
export type PopulationRefusedState = {
  status: "refused";
  message: string;
  values: Record<string, string>;
  fileName: string;
  rowCount: number;
  badRows: { line: number; cells: { question: string; answer: string; count: string }; errors: string[] }[];
  problems: string[];
};
