import type { IndexedInstance } from "./indexed";

/**
 * The residual problem as a transportation problem in minimisation form. Rows are mentees that are
 * not locked, columns are mentors. Every row goes either to a column (cost `maxScore - score`) or
 * to "unmatched" (cost `noneCost = big + maxScore`). This is the matching with weights `big + score`
 * shifted by the per-row constant `big + maxScore`, so both have the same optimal assignments.
 */
export interface TransportGraph {
  readonly nRows: number;
  readonly nCols: number;
  /** CSR by row, columns ascending. */
  readonly rowStart: Int32Array;
  readonly col: Int32Array;
  readonly cost: Int32Array;
}

export interface TransportProblem {
  readonly graph: TransportGraph;
  /** Rows to insert, ascending: mentees that are not locked. */
  readonly rows: Int32Array;
  /** Per column: capacity left after locks, clipped to the column's degree + 1 (never binding). */
  readonly cap: Int32Array;
  readonly maxScore: number;
  readonly big: number;
  readonly noneCost: number;
}

/** Removes locked mentees and full mentors, and prices every remaining edge. */
export function buildTransportProblem(inst: IndexedInstance): TransportProblem {
  const nRows = inst.menteeIds.length;
  const nCols = inst.mentorIds.length;
  const residual = Int32Array.from(inst.capacity);
  for (const m of inst.lockedTo) if (m >= 0) residual[m]!--;

  const rows: number[] = [];
  const rowStart = new Int32Array(nRows + 1);
  const degree = new Int32Array(nCols);
  let maxScore = 0;
  for (let e = 0; e < nRows; e++) {
    let kept = 0;
    if (inst.lockedTo[e]! < 0) {
      rows.push(e);
      for (let k = inst.rowStart[e]!; k < inst.rowStart[e + 1]!; k++) {
        const m = inst.edgeMentor[k]!;
        if (residual[m]! <= 0) continue;
        kept++;
        degree[m]!++;
        maxScore = Math.max(maxScore, inst.edgeScore[k]!);
      }
    }
    rowStart[e + 1] = rowStart[e]! + kept;
  }
  const col = new Int32Array(rowStart[nRows]!);
  const cost = new Int32Array(col.length);
  let at = 0;
  for (const e of rows) {
    for (let k = inst.rowStart[e]!; k < inst.rowStart[e + 1]!; k++) {
      const m = inst.edgeMentor[k]!;
      if (residual[m]! <= 0) continue;
      col[at] = m;
      cost[at++] = maxScore - inst.edgeScore[k]!;
    }
  }
  const cap = new Int32Array(nCols);
  for (let m = 0; m < nCols; m++) cap[m] = Math.max(0, Math.min(residual[m]!, degree[m]! + 1));
  // Any matching has at most `rows.length` pairs, so one more pair outweighs any score difference.
  const big = maxScore * rows.length + 1;
  return {
    graph: { nRows, nCols, rowStart, col, cost },
    rows: Int32Array.from(rows),
    cap,
    maxScore,
    big,
    noneCost: big + maxScore,
  };
}

/** The edges of `graph` whose `keep` flag is set. */
export function subgraph(graph: TransportGraph, keep: Uint8Array): TransportGraph {
  const rowStart = new Int32Array(graph.nRows + 1);
  let count = 0;
  for (let r = 0; r < graph.nRows; r++) {
    for (let k = graph.rowStart[r]!; k < graph.rowStart[r + 1]!; k++) count += keep[k]!;
    rowStart[r + 1] = count;
  }
  const col = new Int32Array(count);
  const cost = new Int32Array(count);
  let at = 0;
  for (let k = 0; k < keep.length; k++) {
    if (keep[k] === 0) continue;
    col[at] = graph.col[k]!;
    cost[at++] = graph.cost[k]!;
  }
  return { nRows: graph.nRows, nCols: graph.nCols, rowStart, col, cost };
}
