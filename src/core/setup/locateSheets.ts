import { type Cell, cellText } from "../cell";
import { normalizeHeader, type SheetSchema } from "../schema/columns";
import { matchesHeader } from "../schema/table";

export interface SheetPlacement {
  readonly schema: SheetSchema;
  /** The sheet that already holds this schema's data, if any. */
  readonly existing?: string;
  /** True when `existing` carries another name and must be renamed back. */
  readonly rename: boolean;
}

/** Share of a schema's columns that a header row must carry to be taken for a renamed copy of it. */
const RECOGNITION_SHARE = 0.6;

function recognitionShare(schema: SheetSchema, header: readonly Cell[]): number {
  const texts = header.map(cellText);
  const found = schema.columns.filter((column) => texts.some((text) => matchesHeader(column, text)));
  return found.length / schema.columns.length;
}

/**
 * Finds each schema's sheet: by its exact name, then by a name differing only in case or spacing
 * (or a former name), then — when a coordinator renamed the tab — by its header row. Header matches
 * are assigned best first, so that a renamed «Наставляемые» is never taken for «Наставники», whose
 * columns it largely shares. A sheet is claimed by at most one schema.
 */
export function locateSheets(
  schemas: readonly SheetSchema[],
  names: readonly string[],
  headerOf: (sheet: string) => readonly Cell[],
): SheetPlacement[] {
  const found = new Map<SheetSchema, string>();
  const claimed = new Set<string>();
  const claim = (schema: SheetSchema, name: string) => {
    found.set(schema, name);
    claimed.add(name);
  };
  for (const schema of schemas) if (names.includes(schema.name)) claim(schema, schema.name);
  for (const schema of schemas) {
    if (found.has(schema)) continue;
    const wanted = [schema.name, ...(schema.aliases ?? [])].map(normalizeHeader);
    const name = names.find(
      (candidate) => !claimed.has(candidate) && wanted.includes(normalizeHeader(candidate)),
    );
    if (name !== undefined) claim(schema, name);
  }
  const reserved = new Set(schemas.map((schema) => schema.name));
  const candidates = names.filter((name) => !claimed.has(name) && !reserved.has(name));
  const headers = new Map(candidates.map((name) => [name, headerOf(name)]));
  const matches = schemas
    .filter((schema) => !found.has(schema))
    .flatMap((schema, schemaOrder) =>
      candidates.map((name, sheetOrder) => ({
        schema,
        name,
        share: recognitionShare(schema, headers.get(name) ?? []),
        order: schemaOrder * names.length + sheetOrder,
      })),
    )
    .filter((match) => match.share >= RECOGNITION_SHARE)
    .sort((a, b) => b.share - a.share || a.order - b.order);
  for (const match of matches)
    if (!found.has(match.schema) && !claimed.has(match.name)) claim(match.schema, match.name);

  return schemas.map((schema): SheetPlacement => {
    const existing = found.get(schema);
    return existing === undefined
      ? { schema, rename: false }
      : { schema, existing, rename: existing !== schema.name };
  });
}
