/** Template data of each kind, built from the workbook snapshot; the field names are those of fields.ts. */
import { inferSex } from "../declension/gender";
import type { PersonName } from "../declension/person";
import { type CalendarDate, compareCalendarDates } from "../format/dates";
import { pluralForm } from "../format/numbers";
import { lowerFirst } from "../format/text";
import { foldKey } from "../questionnaires/text";
import type { TemplateData } from "../template/values";
import { initiatorOfReason, isStandardReason, reasonWithoutLead } from "../year/earlyEnd";
import { buildPlan } from "./planActivities";
import { lastMonthOf, orderDeadline, roadmapStartYear } from "./roadmapTerms";
import type { PairEntry, Person, RoadmapEntry, WorkbookSnapshot } from "./snapshot";
import { keepTogether, personFromText } from "./values";

export interface OrderInfo {
  readonly number: string;
  readonly date: CalendarDate;
}

/**
 * An approved pair with its people found in the banks; or a group: the rows of one mentor in the
 * «Групповая» form, joined (`pair.id` «ПР-009, ПР-010», every mentee, every row).
 */
export interface ResolvedPair {
  readonly pair: PairEntry;
  /** Rows of «Пары» it stands for. */
  readonly rows: readonly number[];
  readonly mentor: Person;
  readonly mentees: readonly Person[];
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

function setting(snapshot: WorkbookSnapshot, key: string): string {
  return String(snapshot.settings[key] ?? "").trim();
}

/** The curator from «Настройки», or null when the name is not filled in. */
export function curatorOf(snapshot: WorkbookSnapshot): PersonName | null {
  return personFromText(setting(snapshot, "curatorName"));
}

/** «МБОУ «СОШ № 7»» is never split between lines when it is short enough to stay on one. */
function shortName(text: string): string {
  return text.length <= 30 ? text.replace(/ +/g, "\u00a0") : keepTogether(text);
}

/** A kindergarten: its head is «Заведующий», or its name says so. */
export function isKindergarten(snapshot: WorkbookSnapshot): boolean {
  return (
    /^заведующ/i.test(setting(snapshot, "headPosition")) ||
    /детск\S* сад|дошкольн/i.test(`${setting(snapshot, "orgFullName")} ${setting(snapshot, "orgShortName")}`)
  );
}

/** Fields every kind has: the organisation, its head, the curator, the school year, the run's date. */
export function commonData(snapshot: WorkbookSnapshot): TemplateData {
  const full = keepTogether(setting(snapshot, "orgFullName"));
  const kindergarten = isKindergarten(snapshot);
  return {
    "Детский сад": kindergarten,
    Педагог: kindergarten ? "воспитатель" : "учитель",
    Организация: full,
    "Организация кратко": shortName(setting(snapshot, "orgShortName")) || full,
    Город: keepTogether(setting(snapshot, "city")),
    Руководитель: personFromText(setting(snapshot, "headName")),
    "Должность руководителя": setting(snapshot, "headPosition"),
    Куратор: curatorOf(snapshot),
    "Должность куратора": lowerFirst(setting(snapshot, "curatorPosition")),
    "Учебный год": setting(snapshot, "schoolYear"),
    Дата: snapshot.documentDate,
  };
}

/** The «Ознакомлены» list: the curator first, then each person once (the curator is not repeated). */
function acquainted(snapshot: WorkbookSnapshot, people: readonly Person[]): TemplateData[] {
  const curator = curatorOf(snapshot);
  const list: TemplateData[] = [];
  const seen = new Set<string>();
  const key = (name: PersonName) => foldKey([name.lastName, name.firstName, name.middleName ?? ""].join(" "));
  if (curator !== null) {
    seen.add(key(curator));
    list.push({ Сотрудник: curator, Должность: lowerFirst(setting(snapshot, "curatorPosition")) });
  }
  for (const person of people) {
    if (seen.has(key(person.name))) continue;
    seen.add(key(person.name));
    list.push({ Сотрудник: person.name, Должность: person.position });
  }
  return list;
}

function orderData(snapshot: WorkbookSnapshot, order: OrderInfo, people: readonly Person[]): TemplateData {
  return {
    ...commonData(snapshot),
    "Номер приказа": order.number,
    "Дата приказа": order.date,
    Ознакомлены: acquainted(snapshot, people),
  };
}

/** Mentors, then mentees, of the pairs, each once. */
function participants(pairs: readonly ResolvedPair[]): Person[] {
  const mentors = new Map<string, Person>();
  const mentees = new Map<string, Person>();
  for (const pair of pairs) {
    mentors.set(pair.mentor.id, pair.mentor);
    for (const mentee of pair.mentees) mentees.set(mentee.id, mentee);
  }
  return [...mentors.values(), ...mentees.values()];
}

/** The mentees of a pair or group as list items, with the flags that join them: «А, Б и В». */
function menteeItems(mentees: readonly Person[]): TemplateData[] {
  return mentees.map((mentee, index) => ({
    Наставляемый: mentee.name,
    "Должность наставляемого": mentee.position,
    "Не первый": index > 0,
    Последний: index > 0 && index === mentees.length - 1,
  }));
}

/** One element per pair or group, numbered from 1; a group's mentees are its list «Наставляемые». */
export function pairItems(pairs: readonly ResolvedPair[]): TemplateData[] {
  return pairs.map((pair, index) => ({
    Номер: index + 1,
    "ID пары": pair.pair.id,
    Наставник: pair.mentor.name,
    "Должность наставника": pair.mentor.position,
    Наставляемые: menteeItems(pair.mentees),
    Группа: pair.mentees.length > 1,
    Форма: pair.pair.form,
    Начало: pair.start,
    Окончание: pair.end,
  }));
}

export function regulationData(
  snapshot: WorkbookSnapshot,
  order: OrderInfo,
  mentors: readonly Person[],
  roadmap: readonly RoadmapEntry[],
): TemplateData {
  const settingsYear = /\d{4}/.exec(setting(snapshot, "schoolYear"));
  const sheetYear = roadmapStartYear(roadmap.map((entry) => entry.deadline));
  const shift = settingsYear === null || sheetYear === null ? 0 : Number(settingsYear[0]) - sheetYear;
  const head = setting(snapshot, "headPosition");
  return {
    ...orderData(snapshot, order, mentors),
    "Дорожная карта": roadmap.map((entry) => ({
      Номер: entry.number,
      Этап: keepTogether(entry.stage),
      Мероприятие: keepTogether(entry.activity),
      Сроки: keepTogether(orderDeadline(entry.deadline, order.date, shift)),
      // The roadmap says «Руководитель организации»; the order names the head's own title.
      Ответственный:
        head !== "" && /^руководитель( организации)?$/i.test(entry.responsible) ? head : entry.responsible,
    })),
  };
}

export function pairsOrderData(
  snapshot: WorkbookSnapshot,
  order: OrderInfo,
  pairs: readonly ResolvedPair[],
): TemplateData {
  return {
    ...orderData(snapshot, order, participants(pairs)),
    "Условия оплаты": paymentTerms(snapshot),
    Пары: pairItems(pairs),
  };
}

const GOALS: Readonly<Record<string, string>> = {
  "Молодой специалист":
    "успешная адаптация молодого специалиста в профессии и в коллективе, формирование профессиональных " +
    "компетенций, необходимых для качественного выполнения трудовых функций",
  "Новый сотрудник":
    "успешная адаптация педагога на новом месте работы, освоение требований и практик, принятых в организации",
  "Сменил(а) должность":
    "освоение педагогом обязанностей и профессиональных компетенций, необходимых в новой должности",
  "Испытывает затруднения":
    "преодоление профессиональных затруднений педагога и повышение качества его профессиональной деятельности",
};
const GENERAL_GOAL =
  "развитие профессиональных компетенций педагога и преодоление его профессиональных затруднений";

/** The programme's goal by the mentees' category (one shared category, or the general goal). */
export function goalFor(mentees: readonly Person[]): string {
  const categories = new Set(mentees.map((mentee) => mentee.category));
  const [only] = categories;
  return categories.size === 1 && only !== undefined ? (GOALS[only] ?? GENERAL_GOAL) : GENERAL_GOAL;
}

export function programData(snapshot: WorkbookSnapshot, pair: ResolvedPair): TemplateData {
  const difficulties = [...new Set(pair.mentees.flatMap((mentee) => mentee.difficulties))];
  return {
    ...commonData(snapshot),
    "ID пары": pair.pair.id,
    Наставник: pair.mentor.name,
    "Должность наставника": pair.mentor.position,
    "Стаж наставника": pair.mentor.experience,
    Наставляемые: pair.mentees.map((mentee) => ({
      Наставляемый: mentee.name,
      Должность: mentee.position,
      Стаж: mentee.experience,
      Категория: lowerFirst(mentee.category) || "не указана",
    })),
    Группа: pair.mentees.length > 1,
    Форма: pair.pair.form,
    Начало: pair.start,
    Окончание: pair.end,
    Цель: goalFor(pair.mentees),
    Затруднения: difficulties.map((difficulty) => ({ Затруднение: difficulty })),
    "Затруднения указаны": difficulties.length > 0,
    План: buildPlan(difficulties, pair.start, pair.end, lastMonthOf(finalEventTerm(snapshot))).map(
      (item, index) => ({
        Номер: index + 1,
        Направление: item.direction,
        Мероприятие: item.activity,
        Срок: item.deadline,
        "Форма работы": item.form,
        Результат: item.result,
      }),
    ),
  };
}

const GENITIVE_NUMBERS = [
  "",
  "одного",
  "двух",
  "трёх",
  "четырёх",
  "пяти",
  "шести",
  "семи",
  "восьми",
  "девяти",
  "десяти",
];

/** «не более двух наставляемых» (the setting is at most 10). */
function menteesPerMentor(snapshot: WorkbookSnapshot): string {
  const max = Number(snapshot.settings.maxMenteesPerMentor ?? 2);
  if (max <= 1) return "одного наставляемого";
  return `не более ${GENITIVE_NUMBERS[max] ?? String(max)} наставляемых`;
}

/** «3 рабочих дня». */
export function noticePeriod(snapshot: WorkbookSnapshot): string {
  const days = Number(snapshot.settings.noticeWorkingDays ?? 3);
  return `${days} ${pluralForm(days, ["рабочий день", "рабочих дня", "рабочих дней"])}`;
}

/** «в размере 3 000 руб. в месяц», or «в размере и порядке, установленных коллективным договором». */
export function paymentTerms(snapshot: WorkbookSnapshot): string {
  const amount = setting(snapshot, "mentorPayment");
  const act =
    setting(snapshot, "mentorPaymentAct") ||
    `положением об оплате труда работников ${shortName(setting(snapshot, "orgShortName")) || keepTogether(setting(snapshot, "orgFullName"))}`;
  return keepTogether(
    amount === ""
      ? `в размере и порядке, установленных ${act}`
      : `в размере ${amount} в порядке, установленном ${act}`,
  );
}

export function statuteData(snapshot: WorkbookSnapshot, order: OrderInfo | null): TemplateData {
  const months = Number(snapshot.settings.programMonths ?? 9);
  return {
    ...commonData(snapshot),
    "Номер приказа": order?.number ?? null,
    "Дата приказа": order?.date ?? null,
    "Наставляемых у наставника": menteesPerMentor(snapshot),
    "Срок программы": `${months} ${pluralForm(months, ["месяц", "месяца", "месяцев"])}`,
    "Срок уведомления": noticePeriod(snapshot),
    "Условия оплаты": paymentTerms(snapshot),
  };
}

export function pdConsentData(snapshot: WorkbookSnapshot, person: Person): TemplateData {
  const female = person.name.gender === "Ж";
  return {
    ...commonData(snapshot),
    Работник: person.name,
    Женщина: inferSex(person.name) === "female",
    Должность: person.position,
    Роль: person.role === "mentor" ? "наставник" : female ? "наставляемая" : "наставляемый",
    "Адрес организации": keepTogether(setting(snapshot, "orgAddress")),
    "Дата согласия": person.pdConsentDate,
  };
}

function earliest(dates: readonly CalendarDate[]): CalendarDate {
  return dates.reduce((a, b) => (compareCalendarDates(b, a) < 0 ? b : a));
}

function latest(dates: readonly CalendarDate[]): CalendarDate {
  return dates.reduce((a, b) => (compareCalendarDates(b, a) > 0 ? b : a));
}

export function agreementData(
  snapshot: WorkbookSnapshot,
  mentor: Person,
  pairs: readonly ResolvedPair[],
): TemplateData {
  const items = pairs.flatMap((pair) =>
    pair.mentees.map((mentee) => ({
      Наставляемый: mentee.name,
      Должность: mentee.position,
      Форма: pair.pair.form,
      Начало: pair.start,
      Окончание: pair.end,
    })),
  );
  return {
    ...commonData(snapshot),
    Наставник: mentor.name,
    "Должность наставника": mentor.position,
    "Стаж наставника": mentor.experience,
    Женщина: inferSex(mentor.name) === "female",
    Наставляемые: items,
    Формы: [...new Set(pairs.map((pair) => pair.pair.form))].join(", "),
    Начало: earliest(pairs.map((pair) => pair.start)),
    Окончание: latest(pairs.map((pair) => pair.end)),
    "Условия оплаты": paymentTerms(snapshot),
    "Срок уведомления": noticePeriod(snapshot),
    "Дата согласия": mentor.mentoringConsentDate,
  };
}

/** When the final event is held: the roadmap's deadline for it, or May of the school year's end. */
export function finalEventTerm(snapshot: WorkbookSnapshot): string {
  const entry = snapshot.roadmap.find((item) => /^итогов\S* мероприяти/i.test(item.activity));
  if (entry?.deadline) return lowerFirst(entry.deadline);
  const years = /(\d{4})\D+(\d{4})/.exec(setting(snapshot, "schoolYear"));
  return years ? `май ${years[2]}` : "конец учебного года";
}

export function finalEventData(
  snapshot: WorkbookSnapshot,
  order: OrderInfo,
  pairs: readonly ResolvedPair[],
): TemplateData {
  return {
    ...orderData(snapshot, order, participants(pairs)),
    "Срок проведения": finalEventTerm(snapshot),
    Пары: pairItems(pairs),
  };
}

export function awardsData(
  snapshot: WorkbookSnapshot,
  order: OrderInfo,
  mentors: readonly Person[],
): TemplateData {
  return {
    ...orderData(snapshot, order, mentors),
    Наставники: mentors.map((mentor, index) => ({
      Номер: index + 1,
      Наставник: mentor.name,
      Должность: mentor.position,
      Последний: index === mentors.length - 1,
    })),
  };
}

/** A pair ended early, with what its order cites: the order that assigned it and the agreement. */
export interface EndedPair extends ResolvedPair {
  readonly noticeDate: CalendarDate;
  readonly endedOn: CalendarDate;
  readonly reason: string;
  /** Order 2 that assigned the pair, as its «Документы» and «Журнал» record it. */
  readonly assignedBy: OrderInfo | null;
  /** The date of the mentor's consent and supplementary agreement (kind 5), when it is recorded. */
  readonly agreementDate: CalendarDate | null;
}

/** «3 рабочих дня»: the notice `endPairEarly` checks. */
export function earlyEndNotice(snapshot: WorkbookSnapshot): string {
  const days = Number(snapshot.settings.earlyEndNoticeDays ?? 3);
  return `${days} ${pluralForm(days, ["рабочий день", "рабочих дня", "рабочих дней"])}`;
}

export function earlyEndData(
  snapshot: WorkbookSnapshot,
  order: OrderInfo,
  pairs: readonly EndedPair[],
): TemplateData {
  const items = pairItems(pairs);
  return {
    ...orderData(snapshot, order, participants(pairs)),
    "Срок уведомления": earlyEndNotice(snapshot),
    "Несколько наставляемых": pairs.reduce((count, pair) => count + pair.mentees.length, 0) > 1,
    Пары: pairs.map((pair, index) => ({
      ...items[index],
      "Приказ о закреплении": pair.assignedBy?.number ?? null,
      "Дата приказа о закреплении": pair.assignedBy?.date ?? null,
      "Дата уведомления": pair.noticeDate,
      "Дата прекращения": pair.endedOn,
      "Отказ наставника": initiatorOfReason(pair.reason) === "mentor",
      // The standard reason only repeats the basis: the order then gives none.
      Причина: isStandardReason(pair.reason)
        ? null
        : lowerFirst(reasonWithoutLead(pair.reason).replace(/[.;\s]+$/, "")),
      "Дата соглашения": pair.agreementDate,
    })),
  };
}
