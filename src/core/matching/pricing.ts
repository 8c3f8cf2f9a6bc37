import { nthSmallest } from "./select";
import type { TransportGraph } from "./transportGraph";

/**
 * Selection key of an edge: its cost first, then a fixed pseudo-random hash of (row, column), so
 * that among equal scores candidates spread over many mentors rather than piling onto the first
 * ids. Deterministic, and exact below 2^53 (cost ≤ 10^6).
 */
function selectionKey(cost: number, row: number, col: number): number {
  let h = Math.imul(row ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(col ^ 0xc2b2ae35, 0x27d4eb2f);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return cost * 4294967296 + ((h ^ (h >>> 13)) >>> 0);
}

/** Flags the `perRow` cheapest edges of every row. */
function keepBestPerRow(g: TransportGraph, keys: Float64Array, perRow: number, keep: Uint8Array): void {
  const scratch = new Float64Array(g.nCols);
  for (let r = 0; r < g.nRows; r++) {
    const from = g.rowStart[r]!;
    const to = g.rowStart[r + 1]!;
    if (to - from <= perRow) {
      keep.fill(1, from, to);
      continue;
    }
    const threshold = nthSmallest(keys, from, to, perRow - 1, scratch);
    for (let k = from; k < to; k++) if (keys[k]! <= threshold) keep[k] = 1;
  }
}

/** Flags the `perCol` cheapest edges of every column. */
function keepBestPerColumn(g: TransportGraph, keys: Float64Array, perCol: number, keep: Uint8Array): void {
  const colStart = new Int32Array(g.nCols + 1);
  for (let k = 0; k < g.col.length; k++) colStart[g.col[k]! + 1]!++;
  for (let j = 0; j < g.nCols; j++) colStart[j + 1]! += colStart[j]!;
  const fill = colStart.slice(0, g.nCols);
  const byCol = new Float64Array(g.col.length);
  for (let k = 0; k < g.col.length; k++) byCol[fill[g.col[k]!]!++] = keys[k]!;
  // Threshold per column, then one pass over the rows flags the edges under it.
  const threshold = new Float64Array(g.nCols).fill(Number.POSITIVE_INFINITY);
  const scratch = new Float64Array(g.nRows);
  for (let j = 0; j < g.nCols; j++) {
    const from = colStart[j]!;
    const to = colStart[j + 1]!;
    if (to - from > perCol) threshold[j] = nthSmallest(byCol, from, to, perCol - 1, scratch);
  }
  for (let k = 0; k < g.col.length; k++) if (keys[k]! <= threshold[g.col[k]!]!) keep[k] = 1;
}

/** The initial candidate set: each mentee's `perRow ≥ 1` best edges and each mentor's `perCol` best. */
export function selectCandidates(g: TransportGraph, perRow: number, perCol: number): Uint8Array {
  const keys = new Float64Array(g.col.length);
  for (let r = 0; r < g.nRows; r++) {
    for (let k = g.rowStart[r]!; k < g.rowStart[r + 1]!; k++)
      keys[k] = selectionKey(g.cost[k]!, r, g.col[k]!);
  }
  const keep = new Uint8Array(g.col.length);
  keepBestPerRow(g, keys, perRow, keep);
  if (perCol > 0) keepBestPerColumn(g, keys, perCol, keep);
  return keep;
}

/**
 * Pricing step: flags every left-out edge whose reduced cost under the current duals is negative,
 * i.e. that could still improve the matching. Returns how many were added; 0 means the duals are
 * feasible on the whole graph, so the solution of the candidate graph is optimal for all of it.
 */
export function addViolatedEdges(
  g: TransportGraph,
  keep: Uint8Array,
  price: Float64Array,
  rowDual: Float64Array,
  rows: Int32Array,
): number {
  let added = 0;
  for (const r of rows) {
    const f = rowDual[r]!;
    for (let k = g.rowStart[r]!, end = g.rowStart[r + 1]!; k < end; k++) {
      if (keep[k] === 0 && g.cost[k]! + price[g.col[k]!]! < f) {
        keep[k] = 1;
        added++;
      }
    }
  }
  return added;
}
