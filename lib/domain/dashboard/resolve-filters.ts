import type { TDashboardQuery } from "@/lib/validations/dashboard";

export interface Choice {
  id: string;
  slug: string;
  name: string;
}

export interface ResolvedFilters {
  themeId?: string;
  neighbourhoodId?: string;
  /** What is shown, by name. */
  chosen: Choice[];
  /** Values in the query string that are not on the lists: reported, and not applied. */
  unknown: { theme?: string; neighbourhood?: string };
}

/** Turns the query's slugs into ids from the lists; a slug that is not on its list is reported. */
export function resolveFilters(query: TDashboardQuery, themes: Choice[], neighbourhoods: Choice[]): ResolvedFilters {
  const theme = query.theme ? themes.find((item) => item.slug === query.theme) : undefined;
  const neighbourhood = query.neighbourhood ? neighbourhoods.find((item) => item.slug === query.neighbourhood) : undefined;
  return {
    themeId: theme?.id,
    neighbourhoodId: neighbourhood?.id,
    chosen: [theme, neighbourhood].filter((item): item is Choice => item !== undefined),
    unknown: {
      theme: query.theme && !theme ? query.theme : undefined,
      neighbourhood: query.neighbourhood && !neighbourhood ? query.neighbourhood : undefined,
    },
  };
}
