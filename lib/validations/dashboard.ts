import { z } from "zod";

const choice = z.string().trim().min(1).max(100).optional().catch(undefined);

/** The dashboard's query string: a theme and a neighbourhood, by slug (checked against the lists). */
export const ZDashboardQuery = z.object({ theme: choice, neighbourhood: choice });
export type TDashboardQuery = z.output<typeof ZDashboardQuery>;
