/**
 * Where a round of matching writes its lines in «Пары», and which cells. A line (a proposal, or a mentee
 * left without a mentor) stays on the row it had: the row of the same pair, else the row about the same
 * mentee; a new line takes a row no longer needed that carries nothing of the coordinator's, else goes
 * below the last row. Only the cells matching owns (`MATCH_OWNED_KEYS`) are ever written, so a
 * coordinator's «Примечание», dates, own columns and formulas stay where they are, on the row they were
 * typed on. A row no longer needed is emptied of matching's cells; when it still carries the
 * coordinator's, it stays, saying which proposal it was.
 */
import { cellText, type Grid, isBlank } from "../cell";
import type { RowChange } from "../intake/rowWrites";
import { sameCell } from "../questionnaires/upsert";
import { PAIRS } from "../schema/sheets";
import { type ColumnMap, type SheetRecord, writeRecord } from "../schema/table";
import { type PairRow, pairIdAllocator } from "./pairRows";

/** The cells of «Пары» that matching writes on its own rows; every other cell is the coordinator's. */
export const MATCH_OWNED_KEYS = [
  "id",
  "mentorId",
  "mentor",
  "menteeIds",
  "mentees",
  "form",
  "score",
  "explanation",
  "status",
  "locked",
] as const;

/** One line matching wants in «Пары». */
export interface PairLine {
  /** The mentor and mentee IDs of a proposal; none for a mentee left without a mentor. */
  readonly mentorId?: string;
  readonly menteeId: string;
  /** Matching's cells of the line, without the pair ID (kept for the same pair, else a new one). */
  readonly record: SheetRecord;
}

function pairKey(mentorId: string, menteeIds: readonly string[]): string {
  return `${mentorId}\u0000${menteeIds.join(",")}`;
}

function lineKey(line: PairLine): string {
  return line.mentorId ? pairKey(line.mentorId, [line.menteeId]) : "";
}

function rowKey(row: PairRow): string {
  return row.mentorId && row.menteeIds.length ? pairKey(row.mentorId, row.menteeIds) : "";
}

/** What a row no longer needed says when the coordinator's cells keep it, or "" when it said nothing. */
function withdrawn(row: PairRow): string {
  const mentees = cellText(row.record.mentees) || row.menteeIds.join(", ");
  if (!mentees) return "";
  if (!row.mentorId) return `Строка снята при повторном подборе: ${mentees}`;
  return `Предложение снято при повторном подборе: ${cellText(row.record.mentor) || row.mentorId} → ${mentees}`;
}

/**
 * The row changes that put `lines` into «Пары» (read as `grid`, its rows as `rows`) and empty matching's
 * cells of the rows it no longer needs. Approved, locked, rejected, forbidden and finished rows are not
 * touched; a row that would come out the same is not written.
 */
export function layoutPairLines(args: {
  readonly grid: Grid;
  readonly map: ColumnMap;
  readonly rows: readonly PairRow[];
  readonly lines: readonly PairLine[];
}): RowChange[] {
  const { grid, map, rows, lines } = args;
  const width = Math.max((grid[0] ?? []).length, PAIRS.columns.length);
  const owned = MATCH_OWNED_KEYS.flatMap((key) => (map.has(key) ? [map.get(key)!] : []));
  const ownedSet = new Set(owned);
  const carriesCoordinatorCells = (row: PairRow) =>
    (grid[row.row] ?? []).some((cell, column) => !ownedSet.has(column) && !isBlank(cell));
  const replaceable = rows.filter((row) => row.kind === "replaceable");
  const nextId = pairIdAllocator(
    rows.filter((row) => row.kind !== "replaceable" || row.mentorId).map((row) => row.id),
  );

  const placed = new Map<PairLine, PairRow>();
  const taken = new Set<PairRow>();
  const place = (matches: (line: PairLine, row: PairRow) => boolean) => {
    for (const line of lines) {
      if (placed.has(line)) continue;
      const row = replaceable.find((candidate) => !taken.has(candidate) && matches(line, candidate));
      if (row) {
        placed.set(line, row);
        taken.add(row);
      }
    }
  };
  place((line, row) => lineKey(line) !== "" && lineKey(line) === rowKey(row));
  place((line, row) => row.menteeIds.length === 1 && row.menteeIds[0] === line.menteeId);
  place((_, row) => !carriesCoordinatorCells(row));

  const blank = Object.fromEntries(MATCH_OWNED_KEYS.map((key) => [key, ""])) as SheetRecord;
  const changes: RowChange[] = [];
  const change = (row: number, record: SheetRecord) => {
    const before = grid[row] ?? [];
    const values = writeRecord(map, { ...blank, ...record }, before, width);
    if (owned.some((column) => !sameCell(values[column], before[column])))
      changes.push({ row, values, changedColumns: owned });
  };
  let below = grid.length;
  for (const line of lines) {
    const row = placed.get(line);
    const samePair = row !== undefined && lineKey(line) !== "" && lineKey(line) === rowKey(row);
    const id = line.mentorId ? (samePair && row.id ? row.id : nextId()) : "";
    change(row?.row ?? below++, { ...line.record, id });
  }
  for (const row of replaceable) {
    if (taken.has(row)) continue;
    const note = carriesCoordinatorCells(row) ? withdrawn(row) : "";
    if (note || !carriesCoordinatorCells(row)) change(row.row, { explanation: note });
  }
  return changes.sort((a, b) => a.row - b.row);
}
