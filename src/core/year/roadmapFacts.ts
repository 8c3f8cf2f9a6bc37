import { cellText, type Grid } from "../cell";
import { DOCUMENT_ACTION } from "../documents/records";
import { LOG, ROADMAP } from "../schema/sheets";
import { mapColumns, readRecords } from "../schema/table";
import type { BankPerson, Meeting, YearPair } from "./yearData";

/** What the workbook says about the roadmap: people, pairs, documents and meetings, counted once. */
export interface YearFacts {
  readonly people: readonly BankPerson[];
  readonly pairs: readonly YearPair[];
  readonly meetings: readonly Meeting[];
  readonly log: Grid;
  readonly monitoringAnswers: number;
}

/** «приказ № 2 от 01.12.2026» for the newest order of a kind recorded in «Журнал», or null. */
function orderFact(log: Grid, label: string): string | null {
  const map = mapColumns(LOG, log[0] ?? []);
  const [action, result] = [map.get("action"), map.get("result")];
  if (action === undefined || result === undefined) return null;
  let found: string | null = null;
  for (const row of log.slice(1)) {
    const text = cellText(row[result]);
    if (cellText(row[action]) !== DOCUMENT_ACTION || !text.startsWith(`${label} [`)) continue;
    const order = /Приказ № ?(\S+) от (\d\d\.\d\d\.\d{4})/.exec(text);
    if (order) found = `приказ № ${order[1]} от ${order[2]}`;
  }
  return found;
}

function share(part: number, whole: number): string {
  return `${part} из ${whole}`;
}

/** The facts line of one roadmap activity, recognised by its wording; "" when the data has nothing to say. */
export function factFor(activity: string, facts: YearFacts): string {
  const text = activity.toLowerCase().replace(/ё/g, "е");
  const present = facts.people.filter((person) => !person.left);
  const mentors = present.filter((person) => person.role === "mentor");
  const mentees = present.filter((person) => person.role === "mentee");
  const approved = facts.pairs.filter((pair) => pair.status === "Утверждена" || pair.status === "Завершена");
  const paired = new Set(approved.flatMap((pair) => pair.menteeIds));
  const consents = (people: readonly BankPerson[]) => people.filter((person) => person.pdConsent).length;
  const withOrder = (base: string, label: string) => {
    const order = orderFact(facts.log, label);
    return order ? `${base}; ${order}` : `${base}; приказ ещё не сформирован`;
  };
  if (text.includes("положени") && text.includes("приказ"))
    return orderFact(facts.log, "Приказ об утверждении положения") ?? "приказ ещё не сформирован";
  if (text.includes("закреплени") || text.includes("формирование наставнических пар"))
    return withOrder(`утверждено пар и групп: ${approved.length}`, "Приказ о закреплении пар");
  if (text.includes("возложение дополнительных обязанностей"))
    return `согласия наставников на наставничество: ${share(
      mentors.filter((person) => person.mentoringConsent).length,
      mentors.length,
    )}`;
  if (text.includes("банка данных наставляемых"))
    return `наставляемых: ${mentees.length}, согласия на обработку ПДн ${share(consents(mentees), mentees.length)}`;
  if (text.includes("банка данных наставников"))
    return `наставников: ${mentors.length}, согласия на обработку ПДн ${share(consents(mentors), mentors.length)}`;
  if (text.includes("персонализированных программ наставничества для каждой"))
    return `программ сформировано: ${share(
      approved.filter((pair) => pair.documents.includes("Программа наставничества")).length,
      approved.length,
    )}`;
  if (text.includes("регулярные встречи")) {
    const active = new Set(facts.meetings.map((meeting) => meeting.pairId));
    return `отчётов о встречах: ${facts.meetings.length}; пар со встречами: ${share(
      approved.filter((pair) => active.has(pair.id.toUpperCase())).length,
      approved.length,
    )}`;
  }
  if (text.includes("не сформировавших пару"))
    return `наставляемых без пары: ${mentees.filter((person) => person.pdConsent && !paired.has(person.id)).length}`;
  if (text.includes("мониторинг")) return `ответов мониторинга: ${facts.monitoringAnswers}`;
  if (text.includes("итогового мероприятия"))
    return orderFact(facts.log, "Приказ об итоговом мероприятии") ?? "приказ ещё не сформирован";
  if (text.includes("поощрени"))
    return orderFact(facts.log, "Приказ о поощрении наставников") ?? "приказ ещё не сформирован";
  return "";
}

/** The «Что показывают данные» cell of every roadmap row, by 0-based row. */
export function roadmapFacts(roadmap: Grid, facts: YearFacts): Map<number, string> {
  return new Map(
    readRecords(ROADMAP, roadmap).records.map(({ row, record }) => [
      row,
      factFor(cellText(record.activity), facts),
    ]),
  );
}
