import type { FunnelCsvWords } from "@/lib/domain/campaigns/funnel-csv";

/** Short words for the funnel's CSV, so the tests' expected lines stay readable. */
export const CSV_WORDS: FunnelCsvWords = {
  columns: { dimension: "D", group: "G", invited: "I", delivered: "De", opened: "O", started: "S", submitted: "Su", bounced: "B", unsubscribed: "U", rate: "R", invitedShare: "IS", responseShare: "RS", flag: "F" },
  dimensions: { all: "All", list: "List", partner: "Partner", sector: "Sector", size: "Size" },
  all: "Everyone",
  notKnown: "Not known",
  noPartner: "No partner",
  yes: "Yes",
  no: "No",
};
