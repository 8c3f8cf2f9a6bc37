import { COMPETENCES } from "../src/core/questionnaires/competences";
import { FORM_PREFERENCES, MENTEE_CATEGORIES } from "../src/core/schema/enums";
import type { SheetRecord } from "../src/core/schema/table";
import { prng, randomInt } from "./random";

/** Seeded banks of a district or region, shaped like filled-in questionnaires. */
export interface BankShape {
  readonly mentors: number;
  readonly mentees: number;
  /** Schools (units); teachers are spread evenly over them. */
  readonly units: number;
  readonly seed: number;
}

const SUBJECTS = [
  "Математика",
  "Русский язык",
  "Литература",
  "Физика",
  "Химия",
  "Биология",
  "История",
  "Обществознание",
  "География",
  "Информатика",
  "Английский язык",
  "Начальные классы",
  "Физическая культура",
  "Музыка",
];
const TIMES = [
  "понедельник после уроков",
  "вторник, четверг после 14:00",
  "среда вечером",
  "пятница утром",
  "будни после 15:00",
  "четверг",
  "",
];
const LAST = ["Иванова", "Петрова", "Смирнова", "Кузнецова", "Попова", "Соколова", "Лебедева", "Новикова"];
const FIRST = ["Анна", "Мария", "Елена", "Ольга", "Наталья", "Ирина", "Светлана", "Татьяна"];
const MIDDLE = ["Ивановна", "Петровна", "Сергеевна", "Алексеевна", "Викторовна", "Павловна"];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[randomInt(rand, 0, list.length - 1)]!;
}

function competences(rand: () => number, count: number): string {
  const chosen = new Set<string>();
  while (chosen.size < count) chosen.add(pick(rand, COMPETENCES));
  return [...chosen].join(", ");
}

const id = (prefix: string, i: number) => `${prefix}-${String(i + 1).padStart(5, "0")}`;

function person(rand: () => number, i: number, n: number, shape: BankShape, prefix: string): SheetRecord {
  return {
    id: id(prefix, i),
    lastName: pick(rand, LAST),
    firstName: pick(rand, FIRST),
    middleName: pick(rand, MIDDLE),
    subject: pick(rand, SUBJECTS),
    unit: `Школа № ${Math.floor((i * shape.units) / n) + 1}`,
    preferredForm: pick(rand, FORM_PREFERENCES),
    meetingTime: pick(rand, TIMES),
    pdConsent: rand() < 0.95 ? "получено" : "нет",
    status: "Активен",
  };
}

/** Mentor and mentee bank records; a few choices after the group meeting name people of the same unit. */
export function bankRecords(shape: BankShape): { mentors: SheetRecord[]; mentees: SheetRecord[] } {
  const rand = prng(shape.seed);
  const mentors = Array.from(
    { length: shape.mentors },
    (_, i): SheetRecord => ({
      ...person(rand, i, shape.mentors, shape, "Н"),
      experience: randomInt(rand, 5, 35),
      strengths: competences(rand, randomInt(rand, 2, 5)),
      capacity: String(randomInt(rand, 1, 3)),
      mentoringConsent: rand() < 0.9 ? "получено" : "нет",
    }),
  );
  const mentees = Array.from(
    { length: shape.mentees },
    (_, i): SheetRecord => ({
      ...person(rand, i, shape.mentees, shape, "П"),
      experience: randomInt(rand, 0, 5),
      difficulties: competences(rand, randomInt(rand, 1, 3)),
      category: pick(rand, MENTEE_CATEGORIES),
    }),
  );
  // A fifth of the mentees name up to three mentors of their own unit; some mentors name them back.
  const unitOf = (i: number, n: number) => Math.floor((i * shape.units) / n);
  const mentorsOfUnit: number[][] = Array.from({ length: shape.units }, () => []);
  for (let m = 0; m < shape.mentors; m++) mentorsOfUnit[unitOf(m, shape.mentors)]!.push(m);
  const chosenBy: string[][] = Array.from({ length: shape.mentors }, () => []);
  mentees.forEach((mentee, e) => {
    if (rand() >= 0.2) return;
    const local = mentorsOfUnit[unitOf(e, shape.mentees)]!;
    const picks = new Set<number>();
    for (let k = 0; k < 3 && local.length > 0; k++) picks.add(pick(rand, local));
    mentee.choices = [...picks].map((m) => mentors[m]!.id).join(", ");
    for (const m of picks) if (rand() < 0.5) chosenBy[m]!.push(String(mentee.id));
  });
  chosenBy.forEach((ids, m) => {
    if (ids.length) mentors[m]!.choices = ids.slice(0, 3).join(", ");
  });
  return { mentors, mentees };
}
