/**
 * Which documents a run makes, and why others are not made. Consent is checked here, before anyone is
 * printed: a person without consent to data processing «получено» (or who has left) is in no document;
 * a mentor without consent to mentoring is in none of kinds 2, 3 and 5. Documents the sheet already
 * records (see records.ts) are counted as existing and not made again.
 */
import { AWARDS } from "../awards/awardsSheet";
import { NOMINATIONS } from "../awards/ranking";
import { formatPerson } from "../declension/decline";
import { compareCalendarDates, formatDateNumeric, parseRussianDate } from "../format/dates";
import type { ChartImage } from "../results/chartTypes";
import { ENDED_EARLY } from "../schema/enums";
import { SETTINGS } from "../schema/settings";
import { PAIRS } from "../schema/sheets";
import { SetupNeededError } from "../sheets";
import type { TemplateData } from "../template/values";
import { earliestEnd } from "../year/earlyEnd";
import type { YearFacts } from "../yearReport/facts";
import type { PracticeItem } from "../yearReport/practices";
import { monitoringNoteData, yearReportData } from "../yearReport/reportData";
import {
  agreementData,
  awardsData,
  commonData,
  type EndedPair,
  earlyEndData,
  finalEventData,
  type Nominee,
  nominationData,
  type OrderInfo,
  pairsOrderData,
  pdConsentData,
  programData,
  type ResolvedPair,
  regulationData,
  statuteData,
} from "./data";
import { DOCUMENT_KINDS, type DocumentKindId, type DocumentKindSpec } from "./kinds";
import { cellRecordLinks, hasCellRecord, loggedBefore, loggedDocuments, loggedOrderDates } from "./records";
import {
  LEFT_PROGRAMME,
  NO_PD_CONSENT,
  type PairEntry,
  type Person,
  type WorkbookSnapshot,
} from "./snapshot";

export interface PlannedDocument {
  readonly kind: DocumentKindSpec;
  /** What it covers, for «Журнал»: the school year, a person's or a pair's ID. */
  readonly key: string;
  /** Rows of «Пары» whose «Документы» get its record. */
  readonly rows: readonly number[];
  /** Sub-folder of the output when not the kind's own (blanks to sign go into «Бланки на подпись»). */
  readonly folder?: string;
  /**
   * The file name (not yet sanitised) and the data; an order gets its number only when it is made.
   * `issued` gives the last order of a kind (made by this run or recorded), for a document citing it.
   */
  readonly build: (
    order: OrderInfo | null,
    issued: (kind: DocumentKindId) => OrderInfo | null,
  ) => { readonly fileName: string; readonly data: TemplateData; readonly images?: readonly ChartImage[] };
  /** An order made before whose file is gone is made again under its own number and date. */
  readonly order?: OrderInfo;
  /** Built from the sheets: what the run recorded before it is written first. */
  readonly recordedFirst?: boolean;
  /** Links of the documents it stands in for (their files are gone): their records in «Документы» go. */
  readonly replaces?: readonly string[];
}

/** Whether the document behind a recorded link is still there; see `DocumentsPort.exists`. */
export type DocumentExists = (kind: DocumentKindSpec, link: string) => boolean;

export interface SkippedDocument {
  readonly kind: DocumentKindId;
  /** Who or what: «ПР-003», «Романов Денис Валерьевич (П-011)», or the kind's title. */
  readonly subject: string;
  /** In Russian: «нет согласия на обработку персональных данных». */
  readonly reason: string;
}

export interface DocumentPlan {
  readonly planned: PlannedDocument[];
  readonly skipped: SkippedDocument[];
  /** Documents the sheet already records, not made again. */
  readonly existing: number;
  readonly warnings: string[];
}

export interface PlanOptions {
  readonly again: boolean;
  /** Kinds 4 and 5 as blanks to sign, for the people whose consent is not yet «получено». */
  readonly blanks: boolean;
  /** Orders 6 and 7 may be dated the day of an order assigning pairs. */
  readonly sameDay: boolean;
  /** What kinds 11 and 12 are made of; without it they are skipped. */
  readonly year?: YearReportSources;
}

/** The year's facts (read only when a report is planned), the charts' pictures and the best practices. */
export interface YearReportSources {
  /** The facts as the sheets hold them; read again with `fresh` (the run has recorded more since). */
  readonly facts: (fresh?: boolean) => YearFacts;
  readonly charts: readonly ChartImage[];
  readonly practices: readonly PracticeItem[];
}

/** Fields filled from «Настройки», with the setting each comes from. */
const SETTING_OF_FIELD: Readonly<Record<string, string>> = {
  Организация: "orgFullName",
  "Организация кратко": "orgFullName",
  Город: "city",
  "Адрес организации": "orgAddress",
  Руководитель: "headName",
  "Должность руководителя": "headPosition",
  Куратор: "curatorName",
  "Должность куратора": "curatorPosition",
  "Учебный год": "schoolYear",
};

const NAME_SETTINGS = new Set(["headName", "curatorName"]);

/** Labels of settings the template needs but «Настройки» leaves empty (or, for a name, unusable). */
export function missingSettings(snapshot: WorkbookSnapshot, usedFields: ReadonlySet<string>): string[] {
  const missing = new Set<string>();
  for (const field of usedFields) {
    const key = SETTING_OF_FIELD[field];
    if (key === undefined) continue;
    const value = String(snapshot.settings[key] ?? "").trim();
    const unusable = NAME_SETTINGS.has(key) && value.split(/\s+/).filter(Boolean).length < 2;
    if (value === "" || unusable) missing.add(SETTINGS.find((spec) => spec.key === key)?.label ?? key);
  }
  return [...missing];
}

function orderOf(order: OrderInfo | null): OrderInfo {
  if (order === null) throw new Error("An order is built without its number");
  return order;
}

function orderFileName(kind: DocumentKindSpec, order: OrderInfo): string {
  return `Приказ № ${order.number} от ${formatDateNumeric(order.date)} — ${kind.subject}`;
}

/** The number and date of an order from its file name (`orderFileName`), or undefined. */
export function orderOfFileName(fileName: string): OrderInfo | undefined {
  const match = /^Приказ № (.+?) от (\d\d\.\d\d\.\d{4}) — /.exec(fileName);
  const date = match ? parseRussianDate(match[2]!) : null;
  return match && date ? { number: match[1]!, date } : undefined;
}

function short(person: Person): string {
  return formatPerson(person.name, "им", "short");
}

function personSubject(person: Person): string {
  return `${person.fullName} (${person.id})`;
}

/**
 * The pair with its people, or why it may not appear in a document of this kind. With `leftMayStay`
 * people who have left the programme are named still (the order ending their pair must name them).
 */
function resolve(
  snapshot: WorkbookSnapshot,
  pair: PairEntry,
  kind: DocumentKindSpec,
  leftMayStay = false,
): ResolvedPair | string {
  const barred = (person: Person) =>
    person.excluded !== null && !(leftMayStay && person.excluded === LEFT_PROGRAMME);
  const mentor = snapshot.mentors.get(pair.mentorId);
  if (mentor === undefined) return `наставник ${pair.mentorId || "не указан"} не найден в банке наставников`;
  if (barred(mentor)) return `${mentor.fullName} — ${mentor.excluded}`;
  if (kind.needsMentoringConsent && mentor.noMentoringConsent)
    return `${mentor.fullName} — ${mentor.noMentoringConsent}`;
  if (pair.menteeIds.length === 0) return "не указан наставляемый";
  const mentees: Person[] = [];
  for (const id of pair.menteeIds) {
    const mentee = snapshot.mentees.get(id);
    if (mentee === undefined) return `наставляемый ${id} не найден в банке наставляемых`;
    if (barred(mentee)) return `${mentee.fullName} — ${mentee.excluded}`;
    mentees.push(mentee);
  }
  if (pair.start === null || pair.end === null) return "не указаны даты начала и окончания";
  const unplaced = [mentor, ...mentees].find((person) => person.position === "");
  if (unplaced !== undefined) return `${unplaced.fullName} — ${NO_POSITION}`;
  return { pair, rows: [pair.row], mentor, mentees, start: pair.start, end: pair.end };
}

/**
 * The rows of one mentor in the «Групповая» form as one group: one programme and one clause in an
 * order name all its mentees. Other rows stay pairs of their own; the order of first rows is kept.
 */
export function groupPairs(pairs: readonly ResolvedPair[]): ResolvedPair[] {
  const groups = new Map<string, ResolvedPair[]>();
  const out: (ResolvedPair | string)[] = [];
  for (const pair of pairs) {
    if (pair.pair.form !== "групповая") {
      out.push(pair);
      continue;
    }
    const key = pair.mentor.id;
    const members = groups.get(key);
    if (members === undefined) {
      groups.set(key, [pair]);
      out.push(key);
    } else members.push(pair);
  }
  return out.map((item) => {
    if (typeof item !== "string") return item;
    const members = groups.get(item)!;
    const first = members[0]!;
    if (members.length === 1) return first;
    const starts = members.map((member) => member.start);
    const ends = members.map((member) => member.end);
    return {
      pair: {
        ...first.pair,
        id: members.map((member) => member.pair.id).join(", "),
        menteeIds: members.flatMap((member) => member.pair.menteeIds),
      },
      rows: members.flatMap((member) => member.rows),
      mentor: first.mentor,
      mentees: members.flatMap((member) => member.mentees),
      start: starts.reduce((a, b) => (compareCalendarDates(b, a) < 0 ? b : a)),
      end: ends.reduce((a, b) => (compareCalendarDates(b, a) > 0 ? b : a)),
    };
  });
}

/** Pairs of the given statuses that may be printed; the others are reported. */
function printablePairs(
  snapshot: WorkbookSnapshot,
  kind: DocumentKindSpec,
  statuses: readonly string[],
  skipped: SkippedDocument[],
): ResolvedPair[] {
  const out: ResolvedPair[] = [];
  for (const pair of snapshot.pairs) {
    if (!statuses.includes(pair.status)) continue;
    const resolved = resolve(snapshot, pair, kind);
    if (typeof resolved === "string") skipped.push({ kind: kind.id, subject: pair.id, reason: resolved });
    else out.push(resolved);
  }
  return out;
}

const APPROVED = ["Утверждена"];

/** Why orders 6 and 7 fall back to all the mentors, and kind 10 makes nothing. */
const NO_CONFIRMED = `на листе «${AWARDS.name}» нет подтверждённых кандидатов (столбец «Решение»)`;

/** Documents name each person with their position: without one a sentence would be left with a gap. */
const NO_POSITION = "в банке не указана должность";

/** Blanks to sign are recorded in «Журнал» under «бланк: <ID>», apart from the signed documents. */
const BLANK_KEY = "бланк: ";
export const BLANKS_FOLDER = "Бланки на подпись";

class Planner {
  readonly planned: PlannedDocument[] = [];
  readonly skipped: SkippedDocument[] = [];
  readonly warnings: string[] = [];
  existing = 0;
  private readonly again: boolean;

  private readonly known = new Map<string, boolean>();

  constructor(
    private readonly snapshot: WorkbookSnapshot,
    private readonly options: PlanOptions,
    private readonly exists: DocumentExists,
  ) {
    this.again = options.again;
  }

  /**
   * Orders 6 and 7 close the year: dated the day pairs are assigned (by this run or an order recorded)
   * they would read as issued by mistake, so that is refused unless asked for, and then warned about.
   */
  private sameDayAsPairs(kind: DocumentKindSpec): boolean {
    const date = this.snapshot.documentDate;
    const pairsKind = DOCUMENT_KINDS.pairs;
    const planned = this.planned.some((doc) => doc.kind.id === "pairs");
    const logged = loggedOrderDates(this.snapshot.log, pairsKind).some(
      (day) => compareCalendarDates(day, date) === 0,
    );
    if (!planned && !logged) return false;
    if (this.options.sameDay) {
      this.warnings.push(
        `«${kind.title}» издан той же датой (${formatDateNumeric(date)}), что и приказ о закреплении пар`,
      );
      return false;
    }
    this.skip(
      kind,
      `та же дата (${formatDateNumeric(date)}), что у приказа о закреплении пар: укажите другую дату ` +
        "или разрешите одну дату явно",
    );
    return true;
  }

  /** Asked once per link: a pairs order is recorded in the cells of all its pairs. */
  private stillThere(kind: DocumentKindSpec, link: string): boolean {
    let there = this.known.get(link);
    if (there === undefined) {
      there = this.exists(kind, link);
      this.known.set(link, there);
    }
    return there;
  }

  /** Recorded in the row's «Документы» with its file still there (a file deleted by hand is made again). */
  private recordedInCell(row: number, kind: DocumentKindSpec): boolean {
    if (this.again) return false;
    const links = cellRecordLinks(this.snapshot.documentsCells[row], kind);
    if (links.length === 0) return hasCellRecord(this.snapshot.documentsCells[row], kind);
    return links.some((link) => this.stillThere(kind, link));
  }

  /** The recorded links of the rows' documents of this kind whose files are gone. */
  private goneLinks(rows: readonly number[], kind: DocumentKindSpec): string[] {
    if (this.again) return [];
    return [...new Set(rows.flatMap((row) => cellRecordLinks(this.snapshot.documentsCells[row], kind)))];
  }

  /** Recorded in «Журнал» with its file still there. */
  private logged(kind: DocumentKindSpec, key: string): boolean {
    if (this.again) return false;
    const made = loggedDocuments(this.snapshot.log, kind, key);
    if (made.length === 0) return loggedBefore(this.snapshot.log, kind, key);
    return made.some((doc) => this.stillThere(kind, doc.link));
  }

  /** The number and date of the order made before for this key, when its file is gone. */
  private loggedOrder(kind: DocumentKindSpec, key: string): OrderInfo | undefined {
    if (this.again || !kind.order) return undefined;
    const logged = loggedDocuments(this.snapshot.log, kind, key);
    const last = logged[logged.length - 1]; // not .at(): the Apps Script bundle keeps to ES2019 built-ins
    return last ? orderOfFileName(last.fileName) : undefined;
  }

  /** The order whose file at `link` is gone, by its record in «Журнал». */
  private orderOfLink(kind: DocumentKindSpec, link: string): OrderInfo | undefined {
    const made = loggedDocuments(this.snapshot.log, kind).find((doc) => doc.link === link);
    return made ? orderOfFileName(made.fileName) : undefined;
  }

  /** The same pairs as an order whose file is gone: that order again, under its number and date. */
  private sameOrderAgain(
    rows: readonly number[],
    gone: readonly string[],
    kind: DocumentKindSpec,
  ): OrderInfo | undefined {
    return gone.length === 1 &&
      rows.every((row) => cellRecordLinks(this.snapshot.documentsCells[row], kind).includes(gone[0]!))
      ? this.orderOfLink(kind, gone[0]!)
      : undefined;
  }

  private skip(kind: DocumentKindSpec, reason: string): void {
    this.skipped.push({ kind: kind.id, subject: kind.title, reason });
  }

  /** Orders 1, 6, 7: one per school year. */
  private yearly(
    kind: DocumentKindSpec,
    content: () => { empty: string | null; data: (order: OrderInfo) => TemplateData },
  ): void {
    const year = String(this.snapshot.settings.schoolYear ?? "");
    if (this.logged(kind, year)) {
      this.existing++;
      return;
    }
    const { empty, data } = content();
    if (empty !== null) {
      this.skip(kind, empty);
      return;
    }
    const again = this.loggedOrder(kind, year);
    this.planned.push({
      kind,
      key: year,
      rows: [],
      build: (order) => ({ fileName: orderFileName(kind, orderOf(order)), data: data(orderOf(order)) }),
      ...(again ? { order: again } : {}),
    });
  }

  private printableMentors(kind: DocumentKindSpec): Person[] {
    const mentors: Person[] = [];
    for (const person of this.snapshot.mentors.values()) {
      if (person.excluded) {
        this.skipped.push({ kind: kind.id, subject: personSubject(person), reason: person.excluded });
      } else mentors.push(person);
    }
    return mentors;
  }

  /** The Положение: one per school year, citing the order that approves it when there is one. */
  statute(kind: DocumentKindSpec): void {
    const year = String(this.snapshot.settings.schoolYear ?? "");
    if (this.logged(kind, year)) {
      this.existing++;
      return;
    }
    this.planned.push({
      kind,
      key: year,
      rows: [],
      build: (_order, issued) => ({
        fileName: `Положение о системе наставничества педагогических работников — ${year}`,
        data: statuteData(this.snapshot, issued("regulation")),
      }),
    });
  }

  regulation(kind: DocumentKindSpec): void {
    this.yearly(kind, () => {
      const roadmap = this.snapshot.roadmap;
      const mentors = this.printableMentors(kind);
      return {
        empty: roadmap.length === 0 ? "лист «Дорожная карта» пуст" : null,
        data: (order) => regulationData(this.snapshot, order, mentors, roadmap),
      };
    });
  }

  pairsOrder(kind: DocumentKindSpec): void {
    const pairs = printablePairs(this.snapshot, kind, APPROVED, this.skipped);
    const fresh = groupPairs(pairs.filter((pair) => !this.recordedInCell(pair.pair.row, kind)));
    if (fresh.length === 0) {
      if (pairs.length > 0) this.existing++;
      else this.skip(kind, "нет утверждённых пар, которые можно включить в приказ");
      return;
    }
    const rows = fresh.flatMap((pair) => pair.rows);
    const gone = this.goneLinks(rows, kind);
    const same = this.sameOrderAgain(rows, gone, kind);
    this.planned.push({
      kind,
      key: fresh.map((pair) => pair.pair.id).join(", "),
      rows,
      replaces: gone,
      ...(same ? { order: same } : {}),
      build: (order) => ({
        fileName: orderFileName(kind, orderOf(order)),
        data: pairsOrderData(this.snapshot, orderOf(order), fresh),
      }),
    });
  }

  program(kind: DocumentKindSpec): void {
    for (const pair of groupPairs(printablePairs(this.snapshot, kind, APPROVED, this.skipped))) {
      if (pair.rows.every((row) => this.recordedInCell(row, kind))) {
        this.existing++;
        continue;
      }
      const mentee = pair.mentees[0];
      const names = mentee === undefined ? "" : `${short(mentee)}${pair.mentees.length > 1 ? " и др." : ""}`;
      this.planned.push({
        kind,
        key: pair.pair.id,
        rows: pair.rows,
        replaces: this.goneLinks(pair.rows, kind),
        build: () => ({
          fileName: `Программа наставничества — ${names} — ${pair.pair.id}`,
          data: programData(this.snapshot, pair),
        }),
      });
    }
  }

  /** Blanks of kind 4 for everyone in the banks whose consent to data processing is missing. */
  private pdConsentBlanks(kind: DocumentKindSpec): void {
    for (const person of this.snapshot.people) {
      if (person.excluded !== NO_PD_CONSENT) continue;
      if (person.position === "") {
        this.skipped.push({ kind: kind.id, subject: personSubject(person), reason: NO_POSITION });
        continue;
      }
      this.planBlank(kind, person, `Бланк согласия на обработку ПДн — ${short(person)} — ${person.id}`, () =>
        pdConsentData(this.snapshot, { ...person, pdConsentDate: null }),
      );
    }
  }

  /** A blank to sign for `person`, unless «Журнал» records one already. */
  private planBlank(
    kind: DocumentKindSpec,
    person: Person,
    fileName: string,
    data: () => TemplateData,
  ): void {
    const key = `${BLANK_KEY}${person.id}`;
    if (this.logged(kind, key)) {
      this.existing++;
      return;
    }
    this.planned.push({
      kind,
      key,
      rows: [],
      folder: BLANKS_FOLDER,
      build: () => ({ fileName, data: data() }),
    });
  }

  /**
   * Blanks of kind 5 for each mentor of an approved pair whose consent to mentoring is missing: the
   * pair's mentees who consented to data processing are named in it.
   */
  private agreementBlanks(kind: DocumentKindSpec): void {
    const byMentor = new Map<Person, ResolvedPair[]>();
    for (const pair of this.snapshot.pairs) {
      if (!APPROVED.includes(pair.status)) continue;
      const mentor = this.snapshot.mentors.get(pair.mentorId);
      if (mentor === undefined || mentor.noMentoringConsent === null || mentor.position === "") continue;
      if (mentor.excluded !== null && mentor.excluded !== NO_PD_CONSENT) continue;
      const mentees = pair.menteeIds
        .map((id) => this.snapshot.mentees.get(id))
        .filter(
          (mentee): mentee is Person =>
            mentee !== undefined && mentee.excluded === null && mentee.position !== "",
        );
      if (mentees.length === 0 || pair.start === null || pair.end === null) continue;
      const resolved = { pair, rows: [pair.row], mentor, mentees, start: pair.start, end: pair.end };
      byMentor.set(mentor, [...(byMentor.get(mentor) ?? []), resolved]);
    }
    for (const [mentor, pairs] of byMentor) {
      this.planBlank(kind, mentor, `Бланк согласия и доп. соглашения — ${short(mentor)} — ${mentor.id}`, () =>
        agreementData(this.snapshot, { ...mentor, mentoringConsentDate: null }, pairs),
      );
    }
  }

  pdConsent(kind: DocumentKindSpec): void {
    if (this.options.blanks) {
      this.pdConsentBlanks(kind);
      return;
    }
    for (const person of this.snapshot.people) {
      if (person.excluded) {
        this.skipped.push({ kind: kind.id, subject: personSubject(person), reason: person.excluded });
        continue;
      }
      if (person.position === "") {
        this.skipped.push({ kind: kind.id, subject: personSubject(person), reason: NO_POSITION });
        continue;
      }
      if (this.logged(kind, person.id)) {
        this.existing++;
        continue;
      }
      this.planned.push({
        kind,
        key: person.id,
        rows: [],
        build: () => ({
          fileName: `Согласие на обработку ПДн — ${short(person)} — ${person.id}`,
          data: pdConsentData(this.snapshot, person),
        }),
      });
    }
  }

  agreement(kind: DocumentKindSpec): void {
    if (this.options.blanks) {
      this.agreementBlanks(kind);
      return;
    }
    const byMentor = new Map<Person, ResolvedPair[]>();
    for (const pair of printablePairs(this.snapshot, kind, APPROVED, this.skipped)) {
      byMentor.set(pair.mentor, [...(byMentor.get(pair.mentor) ?? []), pair]);
    }
    for (const [mentor, pairs] of byMentor) {
      const fresh = pairs.filter((pair) => !this.recordedInCell(pair.pair.row, kind));
      if (fresh.length === 0) {
        this.existing++;
        continue;
      }
      const ids = fresh.map((pair) => pair.pair.id);
      this.planned.push({
        kind,
        key: `${mentor.id}: ${ids.join(", ")}`,
        rows: fresh.map((pair) => pair.pair.row),
        replaces: this.goneLinks(
          fresh.map((pair) => pair.pair.row),
          kind,
        ),
        build: () => ({
          fileName: `Согласие и доп. соглашение — ${short(mentor)} — ${ids.join(", ")}`,
          data: agreementData(this.snapshot, mentor, fresh),
        }),
      });
    }
  }

  /**
   * A pair ended early as its order names it: the dates checked (the notice term by the production
   * calendar, as `endPairEarly` does; an order is not dated before the notice), and what it cites.
   */
  private endedPair(pair: PairEntry, kind: DocumentKindSpec): EndedPair | string {
    const resolved = resolve(this.snapshot, pair, kind, true);
    if (typeof resolved === "string") return resolved;
    const { noticeDate, endedOn } = pair;
    if (endedOn === null) return "не указана «Дата досрочного прекращения»";
    if (noticeDate === null) return "не указана «Дата уведомления о прекращении»";
    const earliest = earliestEnd(noticeDate, this.snapshot.settings);
    if (compareCalendarDates(endedOn, earliest) < 0)
      return (
        `срок предупреждения не соблюдён: после уведомления ${formatDateNumeric(noticeDate)} прекратить ` +
        `можно не раньше ${formatDateNumeric(earliest)} — исправьте дату прекращения`
      );
    const date = this.snapshot.documentDate;
    if (compareCalendarDates(date, noticeDate) < 0)
      return (
        `дата приказа ${formatDateNumeric(date)} раньше уведомления ${formatDateNumeric(noticeDate)}: ` +
        "укажите дату не раньше уведомления"
      );
    const cell = this.snapshot.documentsCells[pair.row];
    const assignment = cellRecordLinks(cell, DOCUMENT_KINDS.pairs);
    const last = assignment[assignment.length - 1];
    return {
      ...resolved,
      noticeDate,
      endedOn,
      reason: pair.endReason,
      assignedBy: (last === undefined ? undefined : this.orderOfLink(DOCUMENT_KINDS.pairs, last)) ?? null,
      agreementDate: hasCellRecord(cell, DOCUMENT_KINDS.agreement)
        ? resolved.mentor.mentoringConsentDate
        : null,
    };
  }

  /**
   * Order 9, as a school issues it: one per decision, that is per day of ending — usually one pair,
   * and the pairs ended the same day share one order — covering the pairs not yet in such an order.
   */
  earlyEnd(kind: DocumentKindSpec): void {
    const byDay = new Map<string, EndedPair[]>();
    const recorded = new Set<string>();
    for (const pair of this.snapshot.pairs) {
      if (pair.status !== ENDED_EARLY) continue;
      if (this.recordedInCell(pair.row, kind)) {
        const links = cellRecordLinks(this.snapshot.documentsCells[pair.row], kind);
        recorded.add(links[links.length - 1] ?? pair.id);
        continue;
      }
      const ended = this.endedPair(pair, kind);
      if (typeof ended === "string") {
        this.skipped.push({ kind: kind.id, subject: pair.id, reason: ended });
        continue;
      }
      const day = formatDateNumeric(ended.endedOn);
      byDay.set(day, [...(byDay.get(day) ?? []), ended]);
    }
    this.existing += recorded.size;
    // No pair ended early is the usual state of a year: nothing to report then.
    for (const pairs of byDay.values()) {
      const rows = pairs.map((pair) => pair.pair.row);
      const gone = this.goneLinks(rows, kind);
      const same = this.sameOrderAgain(rows, gone, kind);
      this.planned.push({
        kind,
        key: pairs.map((pair) => pair.pair.id).join(", "),
        rows,
        replaces: gone,
        ...(same ? { order: same } : {}),
        build: (order) => ({
          fileName: orderFileName(kind, orderOf(order)),
          data: earlyEndData(this.snapshot, orderOf(order), pairs),
        }),
      });
    }
  }

  /**
   * The candidates confirmed on «Награды», with their people from the banks; one whose people may not be
   * printed is reported under this kind. Pairs whose mentee may not be named are left out of the list.
   */
  private nominees(kind: DocumentKindSpec): Nominee[] {
    const out: Nominee[] = [];
    const pairById = new Map(this.snapshot.pairs.map((pair) => [pair.id.trim().toUpperCase(), pair]));
    const factsOf = (id: string) =>
      this.snapshot.awards.find(
        (row) => row.nomination === "pair" && row.id.toUpperCase() === id.toUpperCase(),
      ) ?? null;
    const printable = (ids: readonly string[]) =>
      ids
        .map((id) => this.snapshot.mentees.get(id))
        .filter((one): one is Person => one !== undefined && one.excluded === null && one.position !== "");
    for (const award of this.snapshot.awards.filter((row) => row.confirmed)) {
      const subject = `${NOMINATIONS[award.nomination]}: ${award.id}`;
      const pairIds = award.nomination === "pair" ? [award.id] : award.pairIds;
      const pairs = pairIds.flatMap((id) => {
        const pair = pairById.get(id.trim().toUpperCase());
        return pair ? [pair] : [];
      });
      const mentorId = award.nomination === "mentor" ? award.id : (pairs[0]?.mentorId ?? "");
      const mentor = this.snapshot.mentors.get(mentorId);
      const problem =
        mentor === undefined
          ? award.nomination === "pair" && pairs.length === 0
            ? `пары ${award.id} нет на листе «${PAIRS.name}»`
            : `наставник ${mentorId || "не указан"} не найден в банке наставников`
          : mentor.excluded
            ? `${mentor.fullName} — ${mentor.excluded}`
            : mentor.position === ""
              ? `${mentor.fullName} — ${NO_POSITION}`
              : null;
      let mentees: Person[] = [];
      if (award.nomination === "pair" && problem === null) {
        mentees = printable(pairs[0]!.menteeIds);
        if (mentees.length < pairs[0]!.menteeIds.length) {
          this.skipped.push({
            kind: kind.id,
            subject,
            reason:
              "наставляемого пары нельзя указать в документе: нет согласия на обработку персональных данных или должности",
          });
          continue;
        }
      }
      if (problem !== null || mentor === undefined) {
        this.skipped.push({ kind: kind.id, subject, reason: problem ?? "" });
        continue;
      }
      out.push({
        award,
        mentor,
        mentees,
        pairs: pairs
          .map((pair) => ({ pair, mentees: printable(pair.menteeIds), facts: factsOf(pair.id) }))
          .filter((one) => one.mentees.length === one.pair.menteeIds.length),
      });
    }
    return out;
  }

  finalEvent(kind: DocumentKindSpec): void {
    if (this.sameDayAsPairs(kind)) return;
    this.yearly(kind, () => {
      const pairs = printablePairs(this.snapshot, kind, APPROVED, this.skipped);
      const nominees = this.nominees(kind);
      if (pairs.length > 0 && nominees.length === 0)
        this.warnings.push(`«${kind.title}»: ${NO_CONFIRMED} — победители в приказе не названы`);
      return {
        empty: pairs.length === 0 ? "нет утверждённых пар, которые можно включить в приказ" : null,
        data: (order) => finalEventData(this.snapshot, order, groupPairs(pairs), nominees),
      };
    });
  }

  /**
   * Kinds 11 and 12: one per school year, made from the year's sheets as they are on the run's day
   * (made again with «заново» once the year has moved on).
   */
  private yearDocument(
    kind: DocumentKindSpec,
    content: (
      facts: YearFacts,
      sources: YearReportSources,
    ) => { empty: string | null; data: (facts: YearFacts) => TemplateData; images: readonly ChartImage[] },
  ): void {
    const year = String(this.snapshot.settings.schoolYear ?? "");
    if (this.logged(kind, year)) {
      this.existing++;
      return;
    }
    const sources = this.options.year;
    if (sources === undefined) return; // generate leaves these kinds out then
    let facts: YearFacts;
    try {
      facts = sources.facts();
    } catch (error) {
      if (!(error instanceof SetupNeededError)) throw error;
      this.skip(kind, `${error.message.replace(/\.$/, "")} — выполните настройку таблицы`);
      return;
    }
    const { empty, data, images } = content(facts, sources);
    if (empty !== null) {
      this.skip(kind, empty);
      return;
    }
    this.planned.push({
      kind,
      key: year,
      rows: [],
      // Made from the sheets as they are when its turn comes: orders this run issued before it count.
      recordedFirst: true,
      build: () => ({ fileName: `${kind.title} — ${year}`, data: data(sources.facts(true)), images }),
    });
  }

  yearReport(kind: DocumentKindSpec): void {
    this.yearDocument(kind, (facts, sources) => ({
      empty:
        facts.pairs.length === 0 ? "в этом учебном году нет утверждённых пар: отчитываться не о чем" : null,
      data: (now) => yearReportData(commonData(this.snapshot), now, sources.charts, sources.practices),
      images: sources.charts,
    }));
  }

  monitoringNote(kind: DocumentKindSpec): void {
    this.yearDocument(kind, (facts, sources) => {
      const { answers } = facts.monitoring;
      const total = answers.mentor.start + answers.mentor.end + answers.mentee.start + answers.mentee.end;
      return {
        empty: total === 0 ? "на листе «Мониторинг» нет ответов" : null,
        data: (now) => monitoringNoteData(commonData(this.snapshot), now, sources.charts),
        images: sources.charts,
      };
    });
  }

  awards(kind: DocumentKindSpec): void {
    if (this.sameDayAsPairs(kind)) return;
    this.yearly(kind, () => {
      const nominees = this.nominees(kind);
      if (nominees.length > 0)
        return { empty: null, data: (order) => awardsData(this.snapshot, order, [], nominees) };
      const pairs = printablePairs(this.snapshot, kind, [...APPROVED, "Завершена"], this.skipped);
      const mentors = [...new Map(pairs.map((pair) => [pair.mentor.id, pair.mentor])).values()];
      if (mentors.length > 0)
        this.warnings.push(
          `«${kind.title}»: ${NO_CONFIRMED} — в приказ включены все наставники утверждённых и завершённых пар`,
        );
      return {
        empty: mentors.length === 0 ? "нет наставников утверждённых или завершённых пар" : null,
        data: (order) => awardsData(this.snapshot, order, mentors),
      };
    });
  }

  /** Kind 10: one nomination sheet per confirmed candidate, recorded in «Журнал» under the nomination and ID. */
  nomination(kind: DocumentKindSpec): void {
    const nominees = this.nominees(kind);
    if (nominees.length === 0) {
      if (!this.snapshot.awards.some((row) => row.confirmed)) this.skip(kind, NO_CONFIRMED);
      return;
    }
    for (const nominee of nominees) {
      const title = NOMINATIONS[nominee.award.nomination];
      const key = `${title}: ${nominee.award.id}`;
      if (this.logged(kind, key)) {
        this.existing++;
        continue;
      }
      this.planned.push({
        kind,
        key,
        rows: [],
        build: () => ({
          fileName: `Представление — ${title} — ${short(nominee.mentor)} — ${nominee.award.id}`,
          data: nominationData(this.snapshot, nominee),
        }),
      });
    }
  }
}

/**
 * The documents to make, kind by kind in the given order. A kind whose template needs settings that
 * are empty is skipped as a whole, with the settings named.
 */
export function planDocuments(
  snapshot: WorkbookSnapshot,
  kinds: readonly DocumentKindSpec[],
  usedFields: (kind: DocumentKindSpec) => ReadonlySet<string>,
  options: PlanOptions,
  exists: DocumentExists = () => true,
): DocumentPlan {
  const planner = new Planner(snapshot, options, exists);
  for (const person of snapshot.people)
    if (person.unreadableNameForms.length > 0)
      planner.warnings.push(
        `${person.fullName} (${person.id}): в «Другие падежи ФИО» не понято ` +
          `${person.unreadableNameForms.map((piece) => `«${piece}»`).join(", ")} — пишите «вин: …; твор: …»`,
      );
  for (const kind of kinds) {
    const missing = missingSettings(snapshot, usedFields(kind));
    if (missing.length > 0) {
      planner.skipped.push({
        kind: kind.id,
        subject: kind.title,
        reason: `на листе «Настройки» не заполнено: ${missing.map((label) => `«${label}»`).join(", ")}`,
      });
      continue;
    }
    switch (kind.id) {
      case "regulation":
        planner.regulation(kind);
        break;
      case "statute":
        planner.statute(kind);
        break;
      case "pairs":
        planner.pairsOrder(kind);
        break;
      case "program":
        planner.program(kind);
        break;
      case "pdConsent":
        planner.pdConsent(kind);
        break;
      case "agreement":
        planner.agreement(kind);
        break;
      case "finalEvent":
        planner.finalEvent(kind);
        break;
      case "awards":
        planner.awards(kind);
        break;
      case "earlyEnd":
        planner.earlyEnd(kind);
        break;
      case "nomination":
        planner.nomination(kind);
        break;
      case "yearReport":
        planner.yearReport(kind);
        break;
      case "monitoringNote":
        planner.monitoringNote(kind);
        break;
    }
  }
  return {
    planned: planner.planned,
    skipped: planner.skipped,
    existing: planner.existing,
    warnings: planner.warnings,
  };
}
