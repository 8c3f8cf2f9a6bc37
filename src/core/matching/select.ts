/**
 * The `rank`-th smallest (0-based) of `values[from..to)`, by quickselect on a copy in `scratch`
 * (which must hold at least `to - from` numbers). Expected O(to - from).
 */
export function nthSmallest(
  values: Float64Array,
  from: number,
  to: number,
  rank: number,
  scratch: Float64Array,
): number {
  const n = to - from;
  for (let i = 0; i < n; i++) scratch[i] = values[from + i]!;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    // Median of three as pivot; deterministic, good on sorted input.
    const mid = (lo + hi) >> 1;
    const a = scratch[lo]!;
    const b = scratch[mid]!;
    const c = scratch[hi]!;
    const pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (scratch[i]! < pivot) i++;
      while (scratch[j]! > pivot) j--;
      if (i <= j) {
        const t = scratch[i]!;
        scratch[i++] = scratch[j]!;
        scratch[j--] = t;
      }
    }
    if (rank <= j) hi = j;
    else if (rank >= i) lo = i;
    else return scratch[rank]!;
  }
  return scratch[rank]!;
}
