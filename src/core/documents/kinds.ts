/**
 * The seven kinds of documents, numbered in the order a school year needs them:
 * 1 order approving the regulation (with the roadmap), 2 order assigning the pairs, 3 personalised
 * programme (one per approved pair), 4 consent to personal data processing (one per person),
 * 5 mentor's consent and supplementary agreement (one per mentor), 6 order on the final event,
 * 7 order rewarding the mentors; and 8, the Положение itself, made right after the order approving it
 * (it is listed second, so that it can cite that order's number and date); 9 the order ending mentoring
 * early, issued during the year when a pair is ended; 10 the nomination sheet (представление) of each
 * candidate confirmed on «Награды». At the year's end, 11 the report on the programme and 12 the справка
 * on the monitoring, made from the year's sheets.
 */
import type { Block } from "../template/blocks";
import type { DocumentKind } from "../template/fields";
import {
  AGREEMENT_FIELDS,
  AWARDS_FIELDS,
  EARLY_END_FIELDS,
  FINAL_EVENT_FIELDS,
  MONITORING_NOTE_FIELDS,
  NOMINATION_FIELDS,
  PAIRS_ORDER_FIELDS,
  PD_CONSENT_FIELDS,
  PROGRAM_FIELDS,
  REGULATION_FIELDS,
  STATUTE_FIELDS,
  YEAR_REPORT_FIELDS,
} from "./fields";
import { agreementBlocks } from "./templates/agreement";
import { awardsBlocks } from "./templates/awards";
import { earlyEndBlocks } from "./templates/earlyEnd";
import { finalEventBlocks } from "./templates/finalEvent";
import { typeset } from "./templates/layout";
import { monitoringNoteBlocks } from "./templates/monitoringNote";
import { nominationBlocks } from "./templates/nomination";
import { pairsOrderBlocks } from "./templates/pairsOrder";
import { pdConsentBlocks } from "./templates/pdConsent";
import { programBlocks } from "./templates/program";
import { regulationBlocks } from "./templates/regulation";
import { statuteBlocks } from "./templates/statute";
import { yearReportBlocks } from "./templates/yearReport";

export const DOCUMENT_KIND_IDS = [
  "regulation",
  "statute",
  "pairs",
  "program",
  "pdConsent",
  "agreement",
  "finalEvent",
  "awards",
  "earlyEnd",
  "nomination",
  "yearReport",
  "monitoringNote",
] as const;
export type DocumentKindId = (typeof DOCUMENT_KIND_IDS)[number];

/** What one document covers, which decides where its record goes and when it counts as made. */
export type DocumentScope =
  /** One per school year (orders 1, 6, 7): recorded in «Журнал». */
  | "year"
  /** One covering the approved pairs not yet in such an order (order 2): recorded in their «Документы». */
  | "newPairs"
  /** One per approved pair (programme): recorded in the pair's «Документы». */
  | "pair"
  /** One per person of both banks (consent to data processing): recorded in «Журнал». */
  | "person"
  /** One per mentor, covering their pairs not yet in such a document: recorded in those pairs' «Документы». */
  | "mentor"
  /**
   * One per day of ending, covering the pairs ended early that day not yet in such an order (order 9):
   * recorded in their «Документы».
   */
  | "endedPairs"
  /** One per candidate confirmed on «Награды» (nomination and ID): recorded in «Журнал». */
  | "award";

export interface DocumentKindSpec extends DocumentKind {
  readonly id: DocumentKindId;
  readonly number: number;
  /** How records in «Документы» and «Журнал» name it; no label is the beginning of another. */
  readonly label: string;
  /** An order: numbered from «Настройки» and headed with its number and date. */
  readonly order: boolean;
  /** For an order, its subject as in the file name: «О закреплении наставнических пар (групп)». */
  readonly subject: string;
  /** Sub-folder of the output the files go into. */
  readonly folder: string;
  readonly scope: DocumentScope;
  /** Whether a mentor needs consent to mentoring too (ст. 351.8 ТК РФ) to appear in it. */
  readonly needsMentoringConsent: boolean;
  readonly blocks: () => Block[];
}

export const DOCUMENT_KINDS: Readonly<Record<DocumentKindId, DocumentKindSpec>> = {
  regulation: {
    id: "regulation",
    number: 1,
    title: "Приказ об утверждении положения о наставничестве",
    label: "Приказ об утверждении положения",
    order: true,
    subject: "Об утверждении положения о системе наставничества",
    folder: "Приказы",
    scope: "year",
    needsMentoringConsent: false,
    fields: REGULATION_FIELDS,
    blocks: () => typeset(regulationBlocks()),
  },
  statute: {
    id: "statute",
    number: 8,
    title: "Положение о системе наставничества педагогических работников",
    label: "Положение о наставничестве",
    order: false,
    subject: "",
    folder: "Приказы",
    scope: "year",
    needsMentoringConsent: false,
    fields: STATUTE_FIELDS,
    blocks: () => typeset(statuteBlocks()),
  },
  pairs: {
    id: "pairs",
    number: 2,
    title: "Приказ о закреплении наставнических пар",
    label: "Приказ о закреплении пар",
    order: true,
    subject: "О закреплении наставнических пар (групп)",
    folder: "Приказы",
    scope: "newPairs",
    needsMentoringConsent: true,
    fields: PAIRS_ORDER_FIELDS,
    blocks: () => typeset(pairsOrderBlocks()),
  },
  program: {
    id: "program",
    number: 3,
    title: "Персонализированная программа наставничества",
    label: "Программа наставничества",
    order: false,
    subject: "",
    folder: "Программы наставничества",
    scope: "pair",
    needsMentoringConsent: true,
    fields: PROGRAM_FIELDS,
    blocks: () => typeset(programBlocks()),
  },
  pdConsent: {
    id: "pdConsent",
    number: 4,
    title: "Согласие на обработку персональных данных",
    label: "Согласие на обработку ПДн",
    order: false,
    subject: "",
    folder: "Согласия на обработку ПДн",
    scope: "person",
    needsMentoringConsent: false,
    fields: PD_CONSENT_FIELDS,
    blocks: () => typeset(pdConsentBlocks()),
  },
  agreement: {
    id: "agreement",
    number: 5,
    title: "Согласие на наставничество и дополнительное соглашение",
    label: "Согласие на наставничество и доп. соглашение",
    order: false,
    subject: "",
    folder: "Соглашения с наставниками",
    scope: "mentor",
    needsMentoringConsent: true,
    fields: AGREEMENT_FIELDS,
    blocks: () => typeset(agreementBlocks()),
  },
  finalEvent: {
    id: "finalEvent",
    number: 6,
    title: "Приказ о проведении итогового мероприятия",
    label: "Приказ об итоговом мероприятии",
    order: true,
    subject: "О проведении итогового мероприятия",
    folder: "Приказы",
    scope: "year",
    needsMentoringConsent: false,
    fields: FINAL_EVENT_FIELDS,
    blocks: () => typeset(finalEventBlocks()),
  },
  awards: {
    id: "awards",
    number: 7,
    title: "Приказ о поощрении наставников",
    label: "Приказ о поощрении наставников",
    order: true,
    subject: "О поощрении наставников",
    folder: "Приказы",
    scope: "year",
    needsMentoringConsent: false,
    fields: AWARDS_FIELDS,
    blocks: () => typeset(awardsBlocks()),
  },
  earlyEnd: {
    id: "earlyEnd",
    number: 9,
    title: "Приказ о досрочном прекращении наставничества",
    label: "Приказ о досрочном прекращении",
    order: true,
    subject: "О досрочном прекращении наставничества",
    folder: "Приказы",
    scope: "endedPairs",
    // A mentor who refused may have withdrawn their consent: the order ending it names them all the same.
    needsMentoringConsent: false,
    fields: EARLY_END_FIELDS,
    blocks: () => typeset(earlyEndBlocks()),
  },
  nomination: {
    id: "nomination",
    number: 10,
    title: "Представление к поощрению",
    label: "Представление к поощрению",
    order: false,
    subject: "",
    folder: "Представления к поощрению",
    scope: "award",
    needsMentoringConsent: false,
    fields: NOMINATION_FIELDS,
    blocks: () => typeset(nominationBlocks()),
  },
  yearReport: {
    id: "yearReport",
    number: 11,
    title: "Отчёт о реализации программы наставничества",
    label: "Отчёт о реализации программы",
    order: false,
    subject: "",
    folder: "Отчёты",
    scope: "year",
    needsMentoringConsent: false,
    fields: YEAR_REPORT_FIELDS,
    blocks: () => typeset(yearReportBlocks()),
  },
  monitoringNote: {
    id: "monitoringNote",
    number: 12,
    title: "Справка по итогам мониторинга",
    label: "Справка по итогам мониторинга",
    order: false,
    subject: "",
    folder: "Отчёты",
    scope: "year",
    needsMentoringConsent: false,
    fields: MONITORING_NOTE_FIELDS,
    blocks: () => typeset(monitoringNoteBlocks()),
  },
};

/** Every kind, in its number's order. */
export const ALL_KINDS: readonly DocumentKindSpec[] = DOCUMENT_KIND_IDS.map((id) => DOCUMENT_KINDS[id]);

/**
 * The year-end reports: made from the year's sheets when the year is summed up (`nastavnik report
 * --documents`, «Отчёт за год»), never by «все» at the start of the year, when they would record an
 * empty report for the year.
 */
export const YEAR_END_KINDS: readonly DocumentKindId[] = ["yearReport", "monitoringNote"];

/** Names a coordinator may type for a kind: its number, a Russian word, a short Latin alias. */
export const KIND_ALIASES: Readonly<Record<DocumentKindId, readonly string[]>> = {
  regulation: ["1", "приказ-положение", "regulation"],
  statute: ["8", "положение", "statute"],
  pairs: ["2", "пары", "закрепление", "pairs"],
  program: ["3", "программа", "программы", "program"],
  pdConsent: ["4", "пдн", "согласие-пдн", "согласия-пдн", "consent"],
  agreement: ["5", "соглашение", "соглашения", "согласие-наставника", "agreement"],
  finalEvent: ["6", "итоговое", "итоговое-мероприятие", "final"],
  awards: ["7", "поощрение", "awards"],
  earlyEnd: ["9", "досрочное", "досрочное-прекращение", "прекращение", "early"],
  nomination: ["10", "представление", "представления", "nomination"],
  yearReport: ["11", "отчет", "report"],
  monitoringNote: ["12", "справка", "мониторинг", "monitoring"],
};

/** The kinds a name stands for («all»/«все» is every kind but the year-end reports), or null for an unknown name. */
export function kindsByName(name: string): DocumentKindId[] | null {
  const key = name.trim().toLocaleLowerCase("ru").replace(/ё/g, "е");
  if (key === "all" || key === "все") return DOCUMENT_KIND_IDS.filter((id) => !YEAR_END_KINDS.includes(id));
  const found = DOCUMENT_KIND_IDS.find((id) => KIND_ALIASES[id].includes(key));
  return found === undefined ? null : [found];
}
