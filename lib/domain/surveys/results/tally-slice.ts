import { CROSS_TAB_DIMENSIONS, type CrossTabDimension, type TResponseFilters } from "@/lib/validations/survey-results";

/**
 * Which counts a results view needs: the responses whose dimensions have the `fixed` values,
 * grouped by the values of `grouped` (null: not grouped). The tallies keep counts for no
 * dimension, for each dimension and for each pair of dimensions, so a slice naming at most two
 * dimensions is read from them; one naming three is counted from the responses.
 */
export interface TallySlice {
  fixed: [CrossTabDimension, string][];
  grouped: CrossTabDimension | null;
}

/** The order pairs of dimensions are kept in (by name): a pair's first dimension comes first here. */
const TALLY_DIMENSION_ORDER: readonly CrossTabDimension[] = [...CROSS_TAB_DIMENSIONS].sort();

/** The dimensions a slice names, each once, in the tallies' order. */
export function sliceDimensions(slice: TallySlice): CrossTabDimension[] {
  const named = new Set<CrossTabDimension>(slice.fixed.map(([dimension]) => dimension));
  if (slice.grouped) named.add(slice.grouped);
  return TALLY_DIMENSION_ORDER.filter((dimension) => named.has(dimension));
}

/** Whether the tallies hold this slice (no more than two dimensions named). */
export function isTallied(slice: TallySlice): boolean {
  return sliceDimensions(slice).length <= 2;
}

/** The slice of the responses the filters choose, grouped by `by` when it is given. */
export function sliceOf(filters: TResponseFilters, by: CrossTabDimension | null = null): TallySlice {
  const fixed = TALLY_DIMENSION_ORDER.flatMap((dimension): [CrossTabDimension, string][] => {
    const value = filters[dimension];
    return value ? [[dimension, value]] : [];
  });
  return { fixed, grouped: by };
}

/**
 * The slices a results view reads: its totals (the filtered responses) and, when compared by a
 * dimension, the same grouped by it. When the comparison is by a dimension the filters fix, both
 * are one slice (its only group holds the totals): `grouped` is then the same object.
 */
export function resultsSlices(filters: TResponseFilters, by: CrossTabDimension | null): { totals: TallySlice; grouped: TallySlice | null } {
  const totals = sliceOf(filters);
  if (!by) return { totals, grouped: null };
  if (filters[by]) {
    const both = sliceOf(filters, by);
    return { totals: both, grouped: both };
  }
  return { totals, grouped: sliceOf(filters, by) };
}
