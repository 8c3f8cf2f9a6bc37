/** Counts service calls by name ("Range.setValues") and by sheet, to prove writes are batched. */
export class CallLog {
  readonly counts = new Map<string, number>();
  readonly bySheet = new Map<string, number>();

  record(method: string, sheet?: string): void {
    this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
    if (sheet !== undefined) {
      const key = `${sheet}:${method}`;
      this.bySheet.set(key, (this.bySheet.get(key) ?? 0) + 1);
    }
  }

  count(method: string): number {
    return this.counts.get(method) ?? 0;
  }

  /** Calls whose name starts with `prefix` ("Drive."), by name. */
  startingWith(prefix: string): Record<string, number> {
    return Object.fromEntries([...this.counts].filter(([name]) => name.startsWith(prefix)).sort());
  }

  countOn(sheet: string, method: string): number {
    return this.bySheet.get(`${sheet}:${method}`) ?? 0;
  }

  reset(): void {
    this.counts.clear();
    this.bySheet.clear();
  }
}

/**
 * The subset K of an Apps Script interface T that a fake implements, with the real signatures
 * (return types included), so that the compiler checks the fake against @types/google-apps-script.
 */
export type Implements<T, K extends keyof T> = Pick<T, K>;
