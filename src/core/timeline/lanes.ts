// Interval partitioning in O(n log n): items sorted by their left edge take the lowest free lane.
// Two heaps: busy lanes keyed by where they end, free lanes keyed by index (so the top lanes fill first
// and the picture stays compact).

class Heap<T> {
  private items: T[] = [];
  constructor(private readonly less: (a: T, b: T) => boolean) {}
  get size(): number {
    return this.items.length;
  }
  peek(): T | undefined {
    return this.items[0];
  }
  push(v: T): void {
    const a = this.items;
    a.push(v);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(a[i], a[p])) break;
      [a[i], a[p]] = [a[p], a[i]];
      i = p;
    }
  }
  pop(): T | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last !== undefined) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l], a[m])) m = l;
        if (r < a.length && this.less(a[r], a[m])) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
}

export interface Extent {
  /** Left and right pixel edges of everything the item draws (marker, bar, label). */
  x0: number;
  x1: number;
}

/** Lane index per item (same order as `items`), so that items in one lane never overlap (`gap` apart). */
export function assignLanes(items: Extent[], gap = 0): { lanes: number[]; count: number } {
  const order = items.map((_, i) => i).sort((a, b) => items[a].x0 - items[b].x0 || a - b);
  const busy = new Heap<{ end: number; lane: number }>(
    (a, b) => a.end < b.end || (a.end === b.end && a.lane < b.lane),
  );
  const free = new Heap<number>((a, b) => a < b);
  const lanes = new Array<number>(items.length);
  let count = 0;
  for (const i of order) {
    const { x0, x1 } = items[i];
    while (busy.size && busy.peek()!.end + gap <= x0) free.push(busy.pop()!.lane);
    const lane = free.size ? free.pop()! : count++;
    lanes[i] = lane;
    busy.push({ end: x1, lane });
  }
  return { lanes, count };
}
