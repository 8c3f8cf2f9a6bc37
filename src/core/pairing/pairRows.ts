import { cellText, type Grid } from "../cell";
import { ENDED_EARLY } from "../schema/enums";
import { PAIRS } from "../schema/sheets";
import { type ColumnMap, readRecords, type SheetRecord } from "../schema/table";

export type RowKind = "kept" | "forbidden" | "finished" | "replaceable";

export interface PairRow {
  /** 0-based row in the sheet. */
  readonly row: number;
  readonly record: SheetRecord;
  readonly id: string;
  readonly mentorId: string;
  readonly menteeIds: readonly string[];
  readonly status: string;
  readonly locked: boolean;
  readonly kind: RowKind;
}

export function splitIds(text: string): string[] {
  return text
    .split(/[,;\s]+/)
    .map((id) => id.trim())
    .filter(Boolean);
}

/**
 * What a row of «Пары» means for a new round of matching: approved, locked or hand-entered pairs
 * are kept and bind the solver; rejected and forbidden ones are kept and exclude that pair; finished
 * ones are history; Nastavnik's own unlocked proposals (and «не подобран» notes) are replaced.
 */
function kindOf(status: string, locked: boolean, mentorId: string, menteeIds: readonly string[]): RowKind {
  // A pair ended early is never proposed again, and its mentee returns to matching.
  if (status === "Запрещена" || status === "Отклонена" || status === ENDED_EARLY) return "forbidden";
  if (status === "Завершена") return "finished";
  if (status === "Утверждена" || locked) return "kept";
  if (status === "" && mentorId && menteeIds.length) return "kept";
  return "replaceable";
}

export function readPairRows(grid: Grid): { map: ColumnMap; rows: PairRow[] } {
  const { map, records } = readRecords(PAIRS, grid);
  const rows = records.map(({ row, record }): PairRow => {
    const status = cellText(record.status);
    const locked = /^да$/i.test(cellText(record.locked));
    const mentorId = cellText(record.mentorId);
    const menteeIds = splitIds(cellText(record.menteeIds));
    return {
      row,
      record,
      id: cellText(record.id),
      mentorId,
      menteeIds,
      status,
      locked,
      kind: kindOf(status, locked, mentorId, menteeIds),
    };
  });
  return { map, rows };
}

/** The next free «ПР-001»-style ID after the ones already used. */
export function pairIdAllocator(used: Iterable<string>): () => string {
  let next = 1;
  for (const id of used) {
    const match = /^ПР-(\d+)$/.exec(id);
    if (match) next = Math.max(next, Number(match[1]) + 1);
  }
  return () => `ПР-${String(next++).padStart(3, "0")}`;
}
