import { cellText, type Grid } from "../cell";
import { type CalendarDate, compareCalendarDates, formatDateNumeric } from "../format/dates";
import { ROADMAP } from "../schema/sheets";
import { readRecords } from "../schema/table";
import type { PairProgress } from "./pairProgress";
import { roadmapDeadline } from "./roadmapDeadline";
import type { BankPerson, YearPair } from "./yearData";

export type AttentionKind =
  | "noMeetings"
  | "overduePlan"
  | "noProgramme"
  | "noAgreement"
  | "pastEnd"
  | "withoutPair"
  | "consent"
  | "roadmap";

/** One line of «Требует внимания»: what is wrong and what to do, in Russian. */
export interface AttentionItem {
  readonly kind: AttentionKind;
  readonly subject: string;
  readonly text: string;
}

export interface AttentionInput {
  readonly pairs: readonly YearPair[];
  readonly progress: ReadonlyMap<number, PairProgress>;
  readonly people: readonly BankPerson[];
  readonly roadmap: Grid;
  readonly today: CalendarDate;
  readonly daysWithoutMeetingAlert: number;
}

const PROGRAMME_LABEL = "Программа наставничества";

function plural(n: number, one: string, few: string, many: string): string {
  const tens = n % 100;
  const units = n % 10;
  if (tens >= 11 && tens <= 14) return many;
  if (units === 1) return one;
  if (units >= 2 && units <= 4) return few;
  return many;
}

function days(n: number): string {
  return `${n} ${plural(n, "день", "дня", "дней")}`;
}

function pairLabel(pair: YearPair): string {
  return `${pair.id || `строка ${pair.row + 1}`} (${pair.mentor} — ${pair.mentees})`;
}

function isActive(pair: YearPair, today: CalendarDate): boolean {
  return pair.status === "Утверждена" && (!pair.start || compareCalendarDates(pair.start, today) <= 0);
}

function pairItems(input: AttentionInput): AttentionItem[] {
  const items: AttentionItem[] = [];
  const mentors = new Map(input.people.filter((p) => p.role === "mentor").map((p) => [p.id, p]));
  for (const pair of input.pairs) {
    if (!isActive(pair, input.today)) continue;
    const label = pairLabel(pair);
    const progress = input.progress.get(pair.row);
    if (pair.end && compareCalendarDates(pair.end, input.today) < 0) {
      items.push({
        kind: "pastEnd",
        subject: pair.id,
        text: `${label}: срок программы истёк ${formatDateNumeric(pair.end)} — поставьте статус «Завершена» или продлите пару`,
      });
      continue;
    }
    if (progress?.daysWithoutMeeting != null && progress.daysWithoutMeeting > input.daysWithoutMeetingAlert) {
      const since = progress.lastMeeting ? "с последней встречи" : "с начала программы, а встреч ещё не было";
      items.push({
        kind: "noMeetings",
        subject: pair.id,
        text: `${label}: ${days(progress.daysWithoutMeeting)} ${since} — свяжитесь с наставником и внесите встречу на лист «Встречи»`,
      });
    }
    if (progress && progress.overdueItems.length > 0) {
      const first = progress.overdueItems[0]!;
      const more = progress.overdueItems.length > 1 ? ` и ещё ${progress.overdueItems.length - 1}` : "";
      items.push({
        kind: "overduePlan",
        subject: pair.id,
        text: `${label}: просрочены пункты плана — «${first.activity}»${more}; отметьте выполнение на листе «Планы» или перенесите срок`,
      });
    }
    if (!pair.documents.includes(PROGRAMME_LABEL))
      items.push({
        kind: "noProgramme",
        subject: pair.id,
        text: `${label}: нет персонализированной программы — сформируйте документы вида 3`,
      });
    const mentor = mentors.get(pair.mentorId);
    if (mentor && !mentor.mentoringConsent)
      items.push({
        kind: "noAgreement",
        subject: pair.id,
        text: `${label}: нет подписанного согласия наставника на дополнительную работу (ст. 351.8 ТК РФ) — получите его и отметьте в банке наставников`,
      });
  }
  return items;
}

/** Mentees in the programme with no approved pair: stage 5 asks for support and a continued search. */
function withoutPair(input: AttentionInput): AttentionItem[] {
  const paired = new Set(
    input.pairs.filter((pair) => pair.status === "Утверждена").flatMap((pair) => pair.menteeIds),
  );
  return input.people
    .filter(
      (person) => person.role === "mentee" && !person.left && person.pdConsent && !paired.has(person.id),
    )
    .map((person) => ({
      kind: "withoutPair" as const,
      subject: person.id,
      text: `${person.fullName} (${person.id}): без наставника — окажите психолого-педагогическую поддержку и продолжите подбор наставника`,
    }));
}

function consents(input: AttentionInput): AttentionItem[] {
  const missing = input.people.filter((person) => !person.left && !person.pdConsent);
  if (missing.length === 0) return [];
  const names = missing.slice(0, 5).map((person) => `${person.fullName} (${person.id})`);
  const more = missing.length > 5 ? ` и ещё ${missing.length - 5}` : "";
  return [
    {
      kind: "consent",
      subject: "",
      text: `Нет согласия на обработку персональных данных: ${names.join(", ")}${more} — распечатайте бланки, получите подписи и отметьте «получено» в банке`,
    },
  ];
}

/** One line for every overdue roadmap item together: the numbers, then what to do (the texts are long). */
function roadmapItems(input: AttentionInput): AttentionItem[] {
  const overdue = readRecords(ROADMAP, input.roadmap).records.flatMap(({ record }) => {
    if (cellText(record.status) === "Выполнено") return [];
    const due = roadmapDeadline(cellText(record.deadline));
    return due && compareCalendarDates(due, input.today) < 0 ? [cellText(record.number)] : [];
  });
  if (overdue.length === 0) return [];
  const numbers =
    overdue.length > 8 ? `${overdue.slice(0, 8).join(", ")} и ещё ${overdue.length - 8}` : overdue.join(", ");
  return [
    {
      kind: "roadmap",
      subject: overdue.join(", "),
      text: `Дорожная карта: срок прошёл у пунктов ${numbers} — выполните их или отметьте «Выполнено» / «Перенесено» на листе «Дорожная карта»`,
    },
  ];
}

/** «Требует внимания»: everything the data says the coordinator should act on today, pairs first. */
export function attentionList(input: AttentionInput): AttentionItem[] {
  return [...pairItems(input), ...withoutPair(input), ...consents(input), ...roadmapItems(input)];
}
