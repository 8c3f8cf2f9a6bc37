/**
 * Counts every call the uploaded script makes into the Apps Script services, per method
 * («Sheet.getName», «DocumentApp.openById»), whatever the fake behind it records itself.
 *
 * Each global service is wrapped in a Proxy; every service object it hands back (a sheet, a range, a
 * file, a blob…) is wrapped too, so a chain `getActiveSpreadsheet().getSheetByName(…).getRange(…)` is
 * three counted calls. Values are not: arrays of cells, dates, plain records (an advanced service's
 * JSON) pass through as they are. Arguments are unwrapped before they reach the fake, and one object
 * always gets the same wrapper, so identity (`===`, `instanceof` inside the fakes) is kept.
 */
export class ServiceCalls {
  readonly counts = new Map<string, number>();
  private readonly wrappers = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();

  record(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  count(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  total(filter: (name: string) => boolean = () => true): number {
    let sum = 0;
    for (const [name, count] of this.counts) if (filter(name)) sum += count;
    return sum;
  }

  /** The counts as a sorted record, for messages. */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
  }

  /** Wraps the script's global services: `{ SpreadsheetApp, DriveApp, … }`. */
  wrapGlobals(globals: Record<string, unknown>): Record<string, unknown> {
    return Object.fromEntries(
      Object.entries(globals).map(([name, service]) => [name, this.wrap(service, name)]),
    );
  }

  private wrap(value: unknown, label?: string): unknown {
    if (typeof value !== "object" || value === null) return value;
    // Services come in arrays of their own kind (`getSheets`, `getRanges`): a grid of values is left alone.
    if (Array.isArray(value)) return isService(value[0]) ? value.map((item) => this.wrap(item)) : value;
    if (label === undefined && !isService(value)) return value;
    const known = this.wrappers.get(value);
    if (known) return known;
    const name = label ?? serviceName(value);
    const proxy = new Proxy(value, {
      get: (target, property, receiver) => {
        const member = Reflect.get(target, property, receiver === proxy ? target : receiver);
        if (typeof property === "symbol") return member;
        // A namespace of a global service (`Drive.Files`) is counted under its path.
        if (label !== undefined && isRecord(member)) return this.wrap(member, `${name}.${property}`);
        if (typeof member !== "function") return this.wrap(member);
        if (property === "constructor") return member;
        const calls = this;
        return function counted(this: unknown, ...args: unknown[]) {
          calls.record(`${name}.${property}`);
          const self = this === proxy || this === undefined ? target : calls.unwrap(this);
          return calls.wrap(
            Reflect.apply(
              member,
              self,
              args.map((arg) => calls.unwrap(arg)),
            ),
          );
        };
      },
    });
    this.wrappers.set(value, proxy);
    this.targets.set(proxy, value);
    return proxy;
  }

  private unwrap(value: unknown): unknown {
    if (typeof value !== "object" || value === null) return value;
    if (Array.isArray(value))
      return this.targets.has(value[0]) ? value.map((item) => this.unwrap(item)) : value;
    return this.targets.get(value) ?? value;
  }
}

function isRecord(value: unknown): value is object {
  return typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/**
 * An instance of a fake service class («FakeSheet»…), not a value: a record, an array, or a date
 * (which may come from the script's own realm, so `instanceof Date` cannot tell).
 */
function isService(value: unknown): value is object {
  if (typeof value !== "object" || value === null) return false;
  const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === "string" && name.startsWith("Fake");
}

/** «FakeSheet» → «Sheet»: the class of the Apps Script object the fake stands for. */
function serviceName(value: object): string {
  const name = (value as { constructor?: { name?: string } }).constructor?.name ?? "Object";
  return name.replace(/^Fake/, "");
}
