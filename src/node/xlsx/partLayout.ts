/**
 * exceljs finds a sheet's notes only where Excel puts them (`xl/comments1.xml`, `xl/drawings/vmlDrawing1.vml`,
 * linked by a relative path). Other writers — openpyxl, and so pandas — put them elsewhere
 * (`xl/comments/comment1.xml`, `xl/drawings/commentsDrawing1.vml`) and link parts by absolute paths
 * (`/xl/...`), which the format allows; exceljs then fails with «Cannot read properties of undefined».
 * So before exceljs reads a book, such parts are moved to Excel's places and linked the way Excel links them.
 */
import { posix } from "node:path";
import type PizZip from "pizzip";

const SHEET_RELS = /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/;
const DRAWING_RELS = /^xl\/drawings\/_rels\/[^/]+\.xml\.rels$/;

interface PartPlace {
  /** The relationship type's last segment. */
  readonly type: string;
  /** Where exceljs reads this part. */
  readonly canonical: RegExp;
  readonly name: (n: number) => string;
}

const PLACES: readonly PartPlace[] = [
  { type: "comments", canonical: /^xl\/comments\d+\.xml$/, name: (n) => `xl/comments${n}.xml` },
  {
    type: "vmlDrawing",
    canonical: /^xl\/drawings\/vmlDrawing\d+\.vml$/,
    name: (n) => `xl/drawings/vmlDrawing${n}.vml`,
  },
];

function attribute(element: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1];
}

/** The part a relationship points at, as a path inside the zip. */
function resolvePart(folder: string, target: string): string {
  return target.startsWith("/") ? target.slice(1) : posix.normalize(posix.join(folder, target));
}

function freeName(zip: PizZip, place: PartPlace): string {
  for (let n = 1; ; n++) if (!zip.file(place.name(n))) return place.name(n);
}

function rewriteRels(zip: PizZip, relsPath: string, movable: boolean): boolean {
  // «xl/worksheets/_rels/sheet1.xml.rels» describes «xl/worksheets/sheet1.xml»: targets are relative to «xl/worksheets».
  const folder = posix.dirname(posix.dirname(relsPath));
  const text = zip.file(relsPath)?.asText() ?? "";
  let changed = false;
  const rewritten = text.replace(/<Relationship\b[^>]*>/g, (element) => {
    const target = attribute(element, "Target");
    const type = attribute(element, "Type")?.split("/").at(-1) ?? "";
    if (target === undefined || attribute(element, "TargetMode") === "External") return element;
    let part = resolvePart(folder, target);
    const place = movable ? PLACES.find((candidate) => candidate.type === type) : undefined;
    const content = zip.file(part);
    if (place && content && !place.canonical.test(part)) {
      const moved = freeName(zip, place);
      zip.file(moved, content.asUint8Array());
      zip.remove(part);
      part = moved;
    }
    const relative = posix.relative(folder, part);
    if (relative === target) return element;
    changed = true;
    return element.replace(/(\sTarget=")[^"]*"/, `$1${relative}"`);
  });
  if (changed) zip.file(relsPath, rewritten);
  return changed;
}

/** Moves and relinks parts so that exceljs can read the book; true when anything changed. */
export function normalizePartLayout(zip: PizZip): boolean {
  let changed = false;
  for (const path of Object.keys(zip.files)) {
    if (SHEET_RELS.test(path)) changed = rewriteRels(zip, path, true) || changed;
    else if (DRAWING_RELS.test(path)) changed = rewriteRels(zip, path, false) || changed;
  }
  return changed;
}
