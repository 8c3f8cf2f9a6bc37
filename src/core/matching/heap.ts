/**
 * Binary min-heap of node indices keyed by an external `key` array, with decrease-key.
 * Equal keys pop in ascending order of the external `tie` array (distinct per node), which makes
 * every search deterministic.
 */
export class IndexedMinHeap {
  private readonly heap: Int32Array;
  /** Position of a node in `heap`, or -1 when absent. */
  private readonly pos: Int32Array;
  private count = 0;

  constructor(
    capacity: number,
    private readonly key: Float64Array,
    private readonly tie: Int32Array,
  ) {
    this.heap = new Int32Array(capacity);
    this.pos = new Int32Array(capacity).fill(-1);
  }

  get size(): number {
    return this.count;
  }

  /** The smallest node; only valid when `size > 0`. */
  peek(): number {
    return this.heap[0]!;
  }

  /** Inserts `node`, or moves it up after its key decreased. */
  push(node: number): void {
    let i = this.pos[node]!;
    if (i < 0) {
      i = this.count++;
      this.heap[i] = node;
      this.pos[node] = i;
    }
    this.siftUp(i);
  }

  pop(): number {
    const top = this.heap[0]!;
    this.pos[top] = -1;
    const last = this.heap[--this.count]!;
    if (this.count > 0) {
      this.heap[0] = last;
      this.pos[last] = 0;
      this.siftDown(0);
    }
    return top;
  }

  /** Empties the heap, touching only the nodes it holds. */
  clear(): void {
    for (let i = 0; i < this.count; i++) this.pos[this.heap[i]!] = -1;
    this.count = 0;
  }

  private less(a: number, b: number): boolean {
    const ka = this.key[a]!;
    const kb = this.key[b]!;
    return ka < kb || (ka === kb && this.tie[a]! < this.tie[b]!);
  }

  private siftUp(start: number): void {
    const { heap, pos } = this;
    const node = heap[start]!;
    let i = start;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent]!;
      if (!this.less(node, p)) break;
      heap[i] = p;
      pos[p] = i;
      i = parent;
    }
    heap[i] = node;
    pos[node] = i;
  }

  private siftDown(start: number): void {
    const { heap, pos } = this;
    const node = heap[start]!;
    const n = this.count;
    let i = start;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && this.less(heap[right]!, heap[child]!)) child = right;
      const c = heap[child]!;
      if (!this.less(c, node)) break;
      heap[i] = c;
      pos[c] = i;
      i = child;
    }
    heap[i] = node;
    pos[node] = i;
  }
}
