/**
 * «Где мы сейчас»: what the coordinator's panel shows about the programme, read from the workbook in one
 * pass (one read per sheet): the roadmap's stages, the counts and what needs attention.
 */
import { cellText } from "../cell";
import { DOCUMENT_ACTION } from "../documents/records";
import type { Context, WorkbookPort } from "../ports";
import { hasConsent, hasLeft } from "../schema/consent";
import { readSettings } from "../schema/settings";
import { LOG, MENTEES, MENTORS, PAIRS, ROADMAP, SETTINGS_SHEET, WORKBOOK } from "../schema/sheets";
import { readRecords } from "../schema/table";
import { yearAttention } from "../year/yearStatus";

export interface StageView {
  readonly stage: string;
  /** «Не начато», «В работе», «Выполнено» or «Перенесено», summed up over the stage's activities. */
  readonly status: string;
  /** The deadline of the first activity not yet done (of the last one when all are done). */
  readonly deadline: string;
  readonly activities: number;
  readonly done: number;
}

export interface ProgrammeCounts {
  readonly mentors: number;
  readonly mentees: number;
  /** People (not left) without consent to data processing, and mentors without consent to mentoring. */
  readonly consentsMissing: number;
  readonly pairsProposed: number;
  readonly pairsApproved: number;
  /** Mentees (not left) in no proposed or approved pair. */
  readonly menteesUnmatched: number;
  readonly documents: number;
}

export interface ProgrammeStatus {
  /** False when the workbook lacks sheets «Настроить таблицу» creates: only setup is offered. */
  readonly ready: boolean;
  readonly organisation: string;
  readonly schoolYear: string;
  readonly stages: readonly StageView[];
  readonly counts: ProgrammeCounts;
  /** Russian lines: what the coordinator should look at next. */
  readonly attention: readonly string[];
}

/** The counts of a programme with nobody in it yet. */
export const EMPTY_COUNTS: ProgrammeCounts = {
  mentors: 0,
  mentees: 0,
  consentsMissing: 0,
  pairsProposed: 0,
  pairsApproved: 0,
  menteesUnmatched: 0,
  documents: 0,
};

function stageStatus(statuses: readonly string[]): string {
  if (statuses.length > 0 && statuses.every((status) => status === "Выполнено")) return "Выполнено";
  if (statuses.includes("Перенесено")) return "Перенесено";
  if (statuses.some((status) => status === "В работе" || status === "Выполнено")) return "В работе";
  return "Не начато";
}

function readStages(port: WorkbookPort): StageView[] {
  const stages = new Map<string, { statuses: string[]; deadlines: string[] }>();
  let current = "";
  for (const { record } of readRecords(ROADMAP, port.readAll(ROADMAP.name)).records) {
    current = cellText(record.stage) || current;
    if (!current || !cellText(record.activity)) continue;
    const entry = stages.get(current) ?? { statuses: [], deadlines: [] };
    entry.statuses.push(cellText(record.status) || "Не начато");
    entry.deadlines.push(cellText(record.deadline));
    stages.set(current, entry);
  }
  return [...stages].map(([stage, { statuses, deadlines }]) => {
    const open = statuses.findIndex((status) => status !== "Выполнено");
    return {
      stage,
      status: stageStatus(statuses),
      deadline: deadlines[open < 0 ? deadlines.length - 1 : open] ?? "",
      activities: statuses.length,
      done: statuses.filter((status) => status === "Выполнено").length,
    };
  });
}

interface Bank {
  readonly active: number;
  readonly ids: readonly string[];
  readonly noConsent: number;
  readonly toCheck: number;
}

function readBank(port: WorkbookPort, schema: typeof MENTORS, mentor: boolean): Bank {
  const ids: string[] = [];
  let noConsent = 0;
  let toCheck = 0;
  for (const { record } of readRecords(schema, port.readAll(schema.name)).records) {
    if (!cellText(record.lastName) && !cellText(record.id)) continue;
    if (hasLeft(record.status)) continue;
    ids.push(cellText(record.id));
    if (!hasConsent(record.pdConsent) || (mentor && !hasConsent(record.mentoringConsent))) noConsent++;
    if (cellText(record.status) === "Требует проверки") toCheck++;
  }
  return { active: ids.length, ids, noConsent, toCheck };
}

const REQUIRED_SETTINGS = ["orgFullName", "headName", "curatorName"] as const;

/** Reads where the programme stands. Never throws for a half-set-up workbook: it says to set it up. */
export function programmeStatus(port: WorkbookPort, context: Context): ProgrammeStatus {
  const present = new Set(port.sheetNames());
  const missing = WORKBOOK.filter((schema) => !present.has(schema.name)).map((schema) => schema.name);
  if (missing.length > 0)
    return {
      ready: false,
      organisation: "",
      schoolYear: "",
      stages: [],
      counts: EMPTY_COUNTS,
      attention: [
        `Таблица ещё не настроена (нет листов: ${missing.map((name) => `«${name}»`).join(", ")}) — нажмите «Настроить таблицу».`,
      ],
    };
  const settingsSheet = readSettings(port.readAll(SETTINGS_SHEET.name).slice(1), context.now);
  const settings = settingsSheet.values;
  const mentors = readBank(port, MENTORS, true);
  const mentees = readBank(port, MENTEES, false);
  const pairs = readRecords(PAIRS, port.readAll(PAIRS.name)).records.map(({ record }) => record);
  const status = (record: (typeof pairs)[number]) => cellText(record.status);
  const paired = new Set(
    pairs
      .filter((record) => status(record) === "Предложена" || status(record) === "Утверждена")
      .flatMap((record) => cellText(record.menteeIds).split(/[,;\s]+/)),
  );
  const documents = readRecords(LOG, port.readAll(LOG.name)).records.filter(
    ({ record }) => cellText(record.action) === DOCUMENT_ACTION,
  ).length;
  const counts: ProgrammeCounts = {
    mentors: mentors.active,
    mentees: mentees.active,
    consentsMissing: mentors.noConsent + mentees.noConsent,
    pairsProposed: pairs.filter((record) => status(record) === "Предложена").length,
    pairsApproved: pairs.filter((record) => status(record) === "Утверждена").length,
    menteesUnmatched: mentees.ids.filter((id) => id && !paired.has(id)).length,
    documents,
  };
  const attention: string[] = [];
  const emptySettings = REQUIRED_SETTINGS.filter((key) => cellText(settings[key] ?? "") === "");
  if (emptySettings.length > 0)
    attention.push(
      "Заполните на листе «Настройки» организацию, руководителя и куратора — без них документы не сформировать.",
    );
  for (const problem of settingsSheet.problems) attention.push(problem.message);
  if (counts.consentsMissing > 0)
    attention.push(
      `Согласия не получены: ${counts.consentsMissing} чел. — отметьте «получено» в банках, когда получите письменные согласия.`,
    );
  const toCheck = mentors.toCheck + mentees.toCheck;
  if (toCheck > 0) attention.push(`Требуют проверки: ${toCheck} чел. (статус в банках).`);
  if (counts.mentors + counts.mentees === 0)
    attention.push("Банки пусты: создайте анкеты или перенесите ответы.");
  else if (counts.pairsProposed > 0)
    attention.push(`Предложенных пар ждут решения: ${counts.pairsProposed} — откройте «Подбор пар».`);
  if (counts.pairsApproved > 0 && counts.menteesUnmatched > 0)
    attention.push(`Наставляемых без пары: ${counts.menteesUnmatched}.`);
  // The year's own list, less what the lines above already say (consents, mentees without a pair).
  for (const item of yearAttention(port, context))
    if (item.kind !== "consent" && item.kind !== "withoutPair") attention.push(item.text);
  return {
    ready: true,
    organisation: cellText(settings.orgShortName ?? "") || cellText(settings.orgFullName ?? ""),
    schoolYear: cellText(settings.schoolYear ?? ""),
    stages: readStages(port),
    counts,
    attention,
  };
}
