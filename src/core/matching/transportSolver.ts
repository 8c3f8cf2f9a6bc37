import { IndexedMinHeap } from "./heap";
import type { TransportGraph } from "./transportGraph";

/**
 * Successive shortest augmenting paths for the transportation problem of `transportGraph.ts`,
 * inserting one row at a time (Jonker–Volgenant style, Dijkstra with early exit).
 *
 * Duals: column prices `price[j] ≥ 0` and row values `rowDual[i]`, with reduced cost
 * `cost(i, j) + price[j] - rowDual[i] ≥ 0` on every edge of every inserted row, equality on the
 * edge a row is assigned to, `rowDual[i] ≤ noneCost` with equality for unmatched rows, and
 * `price[j] > 0` only for full columns. Prices only grow and a column's load never drops, so the
 * last condition holds throughout. Together these are complementary slackness: the assignment is a
 * minimum-cost one for the rows inserted so far.
 *
 * Determinism: rows are inserted in the order given, edges are scanned in CSR order, the heap pops
 * equal distances columns with spare capacity first, then by smaller column index, and "leave
 * unmatched" wins a tie with a column. Spare columns first also keeps searches short when many
 * scores are equal: a search stops at once on a free best column instead of walking every full one.
 */
export class TransportSolver {
  /** Column of each row, or -1 for unmatched (or not inserted). */
  readonly assign: Int32Array;
  readonly rowDual: Float64Array;
  readonly price: Float64Array;
  private graph: TransportGraph;

  private readonly load: Int32Array;
  private readonly slotStart: Int32Array;
  private readonly slotRow: Int32Array;
  private readonly rowSlot: Int32Array;

  private readonly dist: Float64Array;
  private readonly predRow: Int32Array;
  /** Heap tie-break: the column index, plus `nCols` while the column is full. */
  private readonly tie: Int32Array;
  /** `seen[j] === search` when `dist[j]` belongs to the current search; `done` likewise for popped. */
  private readonly seen: Int32Array;
  private readonly done: Int32Array;
  private readonly popped: Int32Array;
  private readonly heap: IndexedMinHeap;
  private search = 0;

  constructor(
    graph: TransportGraph,
    private readonly cap: Int32Array,
    private readonly noneCost: number,
  ) {
    const { nRows, nCols } = graph;
    this.graph = graph;
    this.assign = new Int32Array(nRows).fill(-1);
    this.rowDual = new Float64Array(nRows);
    this.price = new Float64Array(nCols);
    this.load = new Int32Array(nCols);
    this.slotStart = new Int32Array(nCols + 1);
    for (let j = 0; j < nCols; j++) this.slotStart[j + 1] = this.slotStart[j]! + cap[j]!;
    this.slotRow = new Int32Array(this.slotStart[nCols]!);
    this.rowSlot = new Int32Array(nRows);
    this.dist = new Float64Array(nCols);
    this.predRow = new Int32Array(nCols);
    this.seen = new Int32Array(nCols);
    this.done = new Int32Array(nCols);
    this.popped = new Int32Array(nCols);
    this.tie = new Int32Array(nCols);
    this.heap = new IndexedMinHeap(nCols, this.dist, this.tie);
    this.resetTies();
  }

  /** Forgets every assignment and dual and switches to `graph` (same rows and columns). */
  reset(graph: TransportGraph): void {
    this.graph = graph;
    this.assign.fill(-1);
    this.rowDual.fill(0);
    this.price.fill(0);
    this.load.fill(0);
    this.resetTies();
  }

  private resetTies(): void {
    const { nCols } = this.graph;
    for (let j = 0; j < nCols; j++) this.tie[j] = this.cap[j]! > 0 ? j : j + nCols;
  }

  /** Inserts every row of `rows`, in order. */
  insertAll(rows: Int32Array): void {
    for (const r of rows) this.insert(r);
  }

  /** Adds row `start` and re-optimises along one shortest augmenting path. */
  insert(start: number): void {
    const search = ++this.search;
    const { dist, done, popped, heap, load, cap, slotStart, slotRow, rowDual, noneCost } = this;
    heap.clear();
    let bestNone = noneCost;
    let noneRow = start;
    this.relax(start, 0, 0, search);
    let count = 0;
    let terminal = -1;
    let total = bestNone;
    while (heap.size > 0) {
      const j = heap.peek();
      const dj = dist[j]!;
      if (dj >= bestNone) break;
      heap.pop();
      done[j] = search;
      popped[count++] = j;
      if (load[j]! < cap[j]!) {
        terminal = j;
        total = dj;
        break;
      }
      for (let s = slotStart[j]!, end = s + load[j]!; s < end; s++) {
        const r = slotRow[s]!;
        const fr = rowDual[r]!;
        const viaNone = dj + noneCost - fr;
        if (viaNone < bestNone) {
          bestNone = viaNone;
          noneRow = r;
        }
        this.relax(r, dj, fr, search);
      }
    }
    if (terminal < 0) total = bestNone;
    this.updateDuals(count, terminal, total);
    rowDual[start] = total;
    this.augment(start, terminal, noneRow);
  }

  private relax(r: number, dr: number, fr: number, search: number): void {
    const { rowStart, col, cost } = this.graph;
    const { dist, seen, done, price, predRow, heap } = this;
    const base = dr - fr;
    for (let k = rowStart[r]!, end = rowStart[r + 1]!; k < end; k++) {
      const j = col[k]!;
      if (done[j] === search) continue;
      const d = base + cost[k]! + price[j]!;
      if (seen[j] !== search || d < dist[j]!) {
        seen[j] = search;
        dist[j] = d;
        predRow[j] = r;
        heap.push(j);
      }
    }
  }

  /** Johnson update: every node settled below the path length `total` moves up to it. */
  private updateDuals(count: number, terminal: number, total: number): void {
    const { popped, dist, price, rowDual, slotStart, slotRow, load } = this;
    for (let t = 0; t < count; t++) {
      const j = popped[t]!;
      if (j === terminal) continue;
      const delta = total - dist[j]!;
      if (delta <= 0) continue;
      price[j]! += delta;
      for (let s = slotStart[j]!, end = s + load[j]!; s < end; s++) rowDual[slotRow[s]!]! += delta;
    }
  }

  private augment(start: number, terminal: number, noneRow: number): void {
    const { assign, predRow } = this;
    let j = terminal;
    if (terminal < 0) {
      if (noneRow === start) return;
      j = assign[noneRow]!;
      this.unassign(noneRow);
    }
    for (;;) {
      const r = predRow[j]!;
      const previous = assign[r]!;
      if (previous >= 0) this.unassign(r);
      this.assignTo(r, j);
      if (r === start) return;
      j = previous;
    }
  }

  private unassign(r: number): void {
    const j = this.assign[r]!;
    const last = this.slotStart[j]! + --this.load[j]!;
    this.tie[j] = j;
    const at = this.rowSlot[r]!;
    const moved = this.slotRow[last]!;
    this.slotRow[at] = moved;
    this.rowSlot[moved] = at;
    this.assign[r] = -1;
  }

  private assignTo(r: number, j: number): void {
    const at = this.slotStart[j]! + this.load[j]!++;
    if (this.load[j] === this.cap[j]) this.tie[j] = j + this.graph.nCols;
    this.slotRow[at] = r;
    this.rowSlot[r] = at;
    this.assign[r] = j;
  }
}
