import { posix } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as shim from "../../src/ui/offline/posixPath";

const segment = fc.constantFrom("xl", "worksheets", "sheet1.xml", "_rels", ".", "..", "", "media");
const path = fc.array(segment, { maxLength: 6 }).map((parts) => parts.join("/"));
const rooted = fc.tuple(fc.boolean(), path).map(([absolute, rest]) => (absolute ? `/${rest}` : rest));
/** Paths inside a zip: relative and never above its root, as the readers produce. */
const inside = fc
  .array(fc.constantFrom("xl", "worksheets", "sheet1.xml", "_rels", "media"), { maxLength: 5 })
  .map((parts) => parts.join("/"));

describe("the page's POSIX path functions", () => {
  it("normalize, join, dirname and basename as node:path.posix does", () => {
    fc.assert(
      fc.property(rooted, rooted, (a, b) => {
        expect(shim.normalize(a)).toBe(posix.normalize(a));
        expect(shim.join(a, b)).toBe(posix.join(a, b));
        expect(shim.dirname(a)).toBe(posix.dirname(a));
        expect(shim.basename(a)).toBe(posix.basename(a));
      }),
      { numRuns: 2000 },
    );
  });

  it("relative as node:path.posix does for paths inside a zip", () => {
    fc.assert(
      fc.property(inside, inside, (a, b) => {
        expect(shim.relative(a, b)).toBe(posix.relative(a, b));
      }),
      { numRuns: 2000 },
    );
  });
});
