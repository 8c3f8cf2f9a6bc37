import { type Cell, cellText, type Grid } from "../cell";
import { type CalendarDate, calendarDateFromLocal, termEnd } from "../format/dates";
import { changeBlocks } from "../intake/rowWrites";
import { appendLog } from "../log";
import { refuseMergedWrites } from "../merges";
import type { Context, WorkbookPort } from "../ports";
import { competenceList } from "../questionnaires/competences";
import { sameCell } from "../questionnaires/upsert";
import type { SettingsValues } from "../schema/settings";
import { MENTEES, MENTORS, PAIRS } from "../schema/sheets";
import { writeRecord } from "../schema/table";
import { sameId } from "./ids";
import { readPairRows } from "./pairRows";
import { readMentees, readMentors } from "./participants";
import { readSettingsFrom } from "./proposePairs";

export type PairSelection =
  | { readonly all: true }
  | { readonly ids: readonly string[] }
  | { readonly rows: readonly number[] };

export interface ApprovalPlan {
  /** Whole rows to write back, by 0-based sheet row. */
  readonly changes: ReadonlyMap<number, Cell[]>;
  readonly approved: readonly string[];
  readonly problems: readonly string[];
}

/** A day as a date cell: midnight in the zone the code runs in, as Sheets and `dayOf` read it. */
export function dateCell(day: CalendarDate): Date {
  return new Date(day.year, day.month - 1, day.day);
}

/**
 * «Утвердить выбранные пары»: a proposal becomes «Утверждена» with start and end dates (from today to the
 * last day of «Срок программы наставничества»), once its participants still have their consents, the
 * mentee is not approved in another pair and the mentor does not get more approved mentees than they
 * agreed to take and «Максимум наставляемых у одного наставника» allows.
 */
export function planApproval(
  grids: { readonly mentors: Grid; readonly mentees: Grid; readonly pairs: Grid },
  selection: PairSelection,
  settings: SettingsValues,
  today: Date,
): ApprovalPlan {
  const competences = competenceList(settings);
  const people = new Map(
    [...readMentors(grids.mentors, competences), ...readMentees(grids.mentees, competences)].map((p) => [
      `${p.role}:${p.id}`,
      p,
    ]),
  );
  const { map, rows } = readPairRows(grids.pairs);
  const width = Math.max((grids.pairs[0] ?? []).length, PAIRS.columns.length);
  const approvedMentees = new Set(
    rows.filter((row) => row.status === "Утверждена").flatMap((row) => row.menteeIds),
  );
  const cap = Number(settings.maxMenteesPerMentor ?? 2);
  const approvedPerMentor = new Map<string, number>();
  for (const row of rows)
    if (row.status === "Утверждена")
      approvedPerMentor.set(row.mentorId, (approvedPerMentor.get(row.mentorId) ?? 0) + row.menteeIds.length);
  const wanted = rows.filter((row) => {
    if ("all" in selection) return row.status === "Предложена";
    if ("ids" in selection) return selection.ids.some((id) => sameId(id, row.id));
    return selection.rows.includes(row.row);
  });
  const problems: string[] = [];
  const approved: string[] = [];
  const changes = new Map<number, Cell[]>();
  if ("ids" in selection)
    for (const id of selection.ids)
      if (!rows.some((row) => sameId(row.id, id))) problems.push(`${id}: такой пары нет на листе «Пары»`);
  const firstDay = calendarDateFromLocal(today);
  const start = dateCell(firstDay);
  const end = dateCell(termEnd(firstDay, Number(settings.programMonths ?? 9)));
  for (const row of wanted) {
    const label = row.id || `строка ${row.row + 1}`;
    if (row.status === "Утверждена") continue;
    if (row.status !== "Предложена" && row.status !== "") {
      problems.push(`${label}: статус «${row.status}» — утвердить можно только предложенную пару`);
      continue;
    }
    const mentor = people.get(`mentor:${row.mentorId}`);
    const mentees = row.menteeIds.map((id) => people.get(`mentee:${id}`));
    if (!mentor || mentees.length === 0 || mentees.some((mentee) => !mentee)) {
      problems.push(`${label}: не найден наставник или наставляемый в банках`);
      continue;
    }
    const blocked = [mentor, ...mentees].find((person) => person?.excludedBecause);
    if (blocked) {
      problems.push(`${label}: ${blocked.fullName} — ${blocked.excludedBecause}`);
      continue;
    }
    const taken = row.menteeIds.find((id) => approvedMentees.has(id));
    if (taken) {
      problems.push(`${label}: наставляемый ${taken} уже в утверждённой паре`);
      continue;
    }
    const limit = Math.min(mentor.statedCapacity, cap);
    const after = (approvedPerMentor.get(mentor.id) ?? 0) + row.menteeIds.length;
    if (after > limit) {
      problems.push(
        `${label}: ${mentor.fullName} — утверждённых наставляемых было бы ${after}, ` +
          `а допустимо не больше ${limit} (по анкете наставника и «Настройкам»)`,
      );
      continue;
    }
    approvedPerMentor.set(mentor.id, after);
    for (const id of row.menteeIds) approvedMentees.add(id);
    const startDate = cellText(row.record.start) ? row.record.start : start;
    const endDate = cellText(row.record.end) ? row.record.end : end;
    changes.set(
      row.row,
      writeRecord(
        map,
        { status: "Утверждена", locked: "Да", start: startDate ?? start, end: endDate ?? "" },
        grids.pairs[row.row] ?? [],
        width,
      ),
    );
    approved.push(label);
  }
  return { changes, approved, problems };
}

export const APPROVE_ACTION = "Утверждение пар";

/** Writes the approved rows back as one block spanning the first to the last changed row. */
export function approvePairs(
  port: WorkbookPort,
  context: Context,
  selection: PairSelection,
): ApprovalPlan & { summary: string } {
  const pairs = port.readAll(PAIRS.name);
  const plan = planApproval(
    { mentors: port.readAll(MENTORS.name), mentees: port.readAll(MENTEES.name), pairs },
    selection,
    readSettingsFrom(port, context).values,
    context.now,
  );
  // Only the cells approval sets are written, so the coordinator's own columns (and formulas) between
  // and around them are never rewritten with the values read.
  const changes = [...plan.changes].map(([row, values]) => ({
    row,
    values,
    changedColumns: values.flatMap((value, column) =>
      sameCell(value, pairs[row]?.[column]) ? [] : [column],
    ),
  }));
  const blocks = changeBlocks(changes);
  refuseMergedWrites(port, PAIRS.name, blocks);
  for (const block of blocks) port.write(PAIRS.name, block.row, block.column, block.values);
  const summary = [
    plan.approved.length
      ? `Утверждено пар: ${plan.approved.length} (${plan.approved.join(", ")})`
      : "Ни одна пара не утверждена",
    ...plan.problems,
  ].join("; ");
  appendLog(port, context, APPROVE_ACTION, summary);
  return { ...plan, summary };
}
