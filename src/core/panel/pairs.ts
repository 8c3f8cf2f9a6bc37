/**
 * «Подбор пар» in the panel: the pairs of «Пары» as the dialog lists them, and the coordinator's
 * decisions per pair — approve (the same rule as «Утвердить выбранные пары»), reject or lock — written
 * to the same rows, only the cells that change.
 */
import { type Cell, cellText } from "../cell";
import { changeBlocks } from "../intake/rowWrites";
import { appendLog } from "../log";
import { approvePairs } from "../pairing/approve";
import { readPairRows } from "../pairing/pairRows";
import type { Context, WorkbookPort } from "../ports";
import { sameCell } from "../questionnaires/upsert";
import { PAIRS } from "../schema/sheets";
import { writeRecord } from "../schema/table";
import { requireSheet } from "../sheets";

export interface PairView {
  readonly id: string;
  readonly mentor: string;
  readonly mentees: string;
  readonly form: string;
  readonly score: string;
  readonly explanation: string;
  readonly status: string;
  readonly locked: boolean;
}

export interface UnmatchedView {
  readonly mentee: string;
  readonly reason: string;
}

export interface PairsView {
  readonly pairs: readonly PairView[];
  readonly unmatched: readonly UnmatchedView[];
}

const UNMATCHED_PREFIX = "Не подобран: ";

/** Pairs with an ID, in sheet order, and the «не подобран» notes of the last round. */
export function readPairsView(port: WorkbookPort): PairsView {
  const { rows } = readPairRows(requireSheet(port, PAIRS.name));
  const pairs: PairView[] = [];
  const unmatched: UnmatchedView[] = [];
  for (const row of rows) {
    const explanation = cellText(row.record.explanation);
    if (!row.id && !row.mentorId) {
      if (explanation.startsWith(UNMATCHED_PREFIX))
        unmatched.push({
          mentee: cellText(row.record.mentees) || row.menteeIds.join(", "),
          reason: explanation.slice(UNMATCHED_PREFIX.length),
        });
      continue;
    }
    pairs.push({
      id: row.id,
      mentor: cellText(row.record.mentor) || row.mentorId,
      mentees: cellText(row.record.mentees) || row.menteeIds.join(", "),
      form: cellText(row.record.form),
      score: cellText(row.record.score),
      explanation,
      status: row.status,
      locked: row.locked,
    });
  }
  return { pairs, unmatched };
}

export type PairDecision = "approve" | "reject" | "lock";

export interface PairDecisions {
  readonly approve?: readonly string[];
  readonly reject?: readonly string[];
  readonly lock?: readonly string[];
}

export const DECIDE_ACTION = "Решения по парам";

/** Rejects and locks by pair ID, one block of changed cells at a time; returns what happened, in Russian. */
function markPairs(port: WorkbookPort, reject: readonly string[], lock: readonly string[]): string[] {
  const grid = port.readAll(PAIRS.name);
  const { map, rows } = readPairRows(grid);
  const width = Math.max((grid[0] ?? []).length, PAIRS.columns.length);
  const lines: string[] = [];
  const changes: { row: number; values: Cell[]; changedColumns: number[] }[] = [];
  const rejected: string[] = [];
  const locked: string[] = [];
  for (const id of [...new Set([...reject, ...lock])]) {
    const row = rows.find((candidate) => candidate.id === id);
    if (!row) {
      lines.push(`${id}: такой пары нет на листе «Пары»`);
      continue;
    }
    const record: Record<string, Cell> = {};
    if (reject.includes(id)) {
      if (row.status === "Утверждена" || row.status === "Завершена") {
        lines.push(`${id}: пара уже «${row.status}» — отклонить можно только предложенную`);
        continue;
      }
      record.status = "Отклонена";
      record.locked = "Нет";
      rejected.push(id);
    } else {
      record.locked = "Да";
      locked.push(id);
    }
    const values = writeRecord(map, record, grid[row.row] ?? [], width);
    changes.push({
      row: row.row,
      values,
      changedColumns: values.flatMap((value, column) =>
        sameCell(value, grid[row.row]?.[column]) ? [] : [column],
      ),
    });
  }
  for (const block of changeBlocks(changes)) port.write(PAIRS.name, block.row, block.column, block.values);
  if (rejected.length > 0) lines.unshift(`Отклонено пар: ${rejected.length} (${rejected.join(", ")})`);
  if (locked.length > 0)
    lines.unshift(`Закреплено пар: ${locked.length} (${locked.join(", ")}) — новый подбор их не заменит`);
  return lines;
}

/**
 * The coordinator's ticks of the dialog. A pair both approved and rejected is refused. Approval goes
 * through `approvePairs`, so consents, the mentor's limit and mentees already paired are checked.
 */
export function decidePairs(port: WorkbookPort, context: Context, decisions: PairDecisions): string {
  const approve = [...new Set(decisions.approve ?? [])];
  const reject = [...new Set(decisions.reject ?? [])];
  const lock = [...new Set(decisions.lock ?? [])].filter((id) => !reject.includes(id));
  const both = approve.filter((id) => reject.includes(id));
  if (both.length > 0)
    throw new Error(
      `Пару нельзя одновременно утвердить и отклонить: ${both.join(", ")}. Снимите одну из отметок.`,
    );
  if (approve.length + reject.length + lock.length === 0)
    throw new Error("Отметьте пары, которые нужно утвердить, отклонить или закрепить.");
  const lines: string[] = [];
  if (approve.length > 0) lines.push(approvePairs(port, context, { ids: approve }).summary);
  const marked = markPairs(
    port,
    reject,
    lock.filter((id) => !approve.includes(id)),
  );
  if (marked.length > 0) {
    appendLog(port, context, DECIDE_ACTION, marked.join("; "));
    lines.push(...marked);
  }
  return lines.join("\n");
}
