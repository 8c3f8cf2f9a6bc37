import type { Cell, Grid } from "../../src/core/cell";
import { COMPETENCES } from "../../src/core/questionnaires/competences";
import type { SheetSchema } from "../../src/core/schema/columns";
import { FORM_PREFERENCES, MENTEE_CATEGORIES } from "../../src/core/schema/enums";
import { mapColumns, readRecords, type SheetRecord } from "../../src/core/schema/table";
import type { FakeAnswers } from "../fakes/forms";
import type { FakeSpreadsheet } from "../fakes/spreadsheet";

/** A small deterministic PRNG (mulberry32), so that a scenario is the same on every run. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[int(items.length)]!,
    chance: (p: number) => next() < p,
    /** Distinct items in their original order. */
    subset: <T>(items: readonly T[], min: number, max: number): T[] => {
      const count = min + int(max - min + 1);
      const chosen = new Set<number>();
      while (chosen.size < Math.min(count, items.length)) chosen.add(int(items.length));
      return [...chosen].sort((a, b) => a - b).map((index) => items[index]!);
    },
    shuffle: <T>(items: readonly T[]): T[] => {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(i + 1);
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
  };
}
export type Random = ReturnType<typeof random>;

const SURNAMES = [
  "Иванов",
  "Смирнов",
  "Кузнецов",
  "Попов",
  "Соколов",
  "Лебедев",
  "Козлов",
  "Новиков",
  "Морозов",
];
const SURNAMES_2 = ["Волков", "Соловьёв", "Васильев", "Зайцев", "Павлов", "Семёнов", "Голубев", "Виноградов"];
const WOMEN = ["Анна", "Мария", "Елена", "Ольга", "Татьяна", "Наталья", "Ирина", "Светлана"];
const MEN = ["Алексей", "Дмитрий", "Сергей", "Андрей", "Михаил", "Олег", "Павел", "Игорь"];
const PATRONYMICS_W = ["Ивановна", "Петровна", "Сергеевна", "Андреевна", "Олеговна"];
const PATRONYMICS_M = ["Иванович", "Петрович", "Сергеевич", "Андреевич", "Олегович"];
const SUBJECTS = ["математика", "физика", "русский язык", "история", "биология", "начальные классы"];

/** One person as the bank should end up holding them (canonical spelling). */
export interface Person {
  readonly key: string;
  readonly role: "mentor" | "mentee";
  readonly lastName: string;
  readonly firstName: string;
  readonly middleName: string;
  readonly gender: "Ж" | "М";
  /** Lower-case e-mail. */
  readonly email: string;
  readonly position: string;
  readonly subject: string;
}

/** `count` distinct people; the index makes every e-mail and full name unique. */
export function people(rng: Random, role: Person["role"], count: number, offset = 0): Person[] {
  return Array.from({ length: count }, (_, i): Person => {
    const n = offset + i;
    const woman = rng.chance(0.7);
    const base = rng.pick(n % 2 === 0 ? SURNAMES : SURNAMES_2);
    const tail = suffix(n);
    const subject = rng.pick(SUBJECTS);
    return {
      key: `${role}-${n}`,
      role,
      // A double-barrelled surname with a unique second part keeps every full name distinct.
      lastName: `${base}${woman ? "а" : ""}-${tail.charAt(0).toUpperCase()}${tail.slice(1)}ин`,
      firstName: rng.pick(woman ? WOMEN : MEN),
      middleName: rng.pick(woman ? PATRONYMICS_W : PATRONYMICS_M),
      gender: woman ? "Ж" : "М",
      email: `${role}.${n}@school.example`,
      position: `учитель (${subject})`,
      subject,
    };
  });
}

/** A letter suffix making a surname unique without digits: 0 → «ко», 1 → «ва»… */
function suffix(n: number): string {
  const letters = "абвгдежзиклмнопрстуфхцчшэюя";
  let out = "";
  let k = n;
  do {
    out += letters[k % letters.length];
    k = Math.floor(k / letters.length);
  } while (k > 0);
  return out;
}

/** One submitted answer of a bank questionnaire and what it must leave in the bank. */
export interface BankAnswer {
  readonly person: Person;
  readonly answers: FakeAnswers;
  readonly email: string;
  /** The bank's cells this answer implies (column key → value as the sheet returns it). */
  readonly expected: Readonly<Record<string, Cell>>;
}

function presented(name: string, rng: Random): string {
  const variant = rng.int(4);
  if (variant === 0) return name.toUpperCase();
  if (variant === 1) return name.toLowerCase();
  if (variant === 2) return `  ${name} `;
  return name;
}

/** A valid answer of `person` to their bank questionnaire, with harmless variations of spelling. */
export function bankAnswer(person: Person, rng: Random, competences = COMPETENCES): BankAnswer {
  const experience = person.role === "mentor" ? 5 + rng.int(30) : rng.int(4);
  const chosen = rng.subset(competences, 1, 3);
  const form = rng.pick(FORM_PREFERENCES);
  const time = rng.chance(0.5) ? `вторник после ${12 + rng.int(6)}:00` : "";
  const wishes = rng.chance(0.3) ? `пожелание ${rng.int(1000)}` : "";
  const email = rng.chance(0.3) ? person.email.toUpperCase() : person.email;
  const common: Record<string, string | readonly string[]> = {
    Фамилия: presented(person.lastName, rng),
    Имя: presented(person.firstName, rng),
    Отчество: presented(person.middleName, rng),
    Пол: person.gender === "Ж" ? "Женский" : "Мужской",
    Должность: person.position,
    "Предмет или направление": person.subject,
    "Педагогический стаж (лет)": String(experience),
    "Структурное подразделение": "",
    "Предпочитаемая форма наставничества": form,
    "Удобное время для встреч": time,
    Пожелания: wishes,
  };
  const expected: Record<string, Cell> = {
    lastName: person.lastName,
    firstName: person.firstName,
    middleName: person.middleName,
    gender: person.gender,
    email: person.email,
    position: person.position,
    subject: person.subject,
    experience,
    preferredForm: form,
    status: "Активен",
    remarks: "",
  };
  if (time) expected.meetingTime = time;
  if (wishes) expected.wishes = wishes;
  if (person.role === "mentor") {
    const capacity = String(1 + rng.int(3));
    common["Сильные стороны"] = chosen;
    common["Сколько наставляемых вы готовы взять?"] = capacity;
    expected.strengths = chosen.join(", ");
    expected.capacity = Number(capacity);
  } else {
    const category = rng.pick(MENTEE_CATEGORIES);
    common["Профессиональные затруднения"] = chosen;
    common.Категория = category;
    expected.difficulties = chosen.join(", ");
    expected.category = category;
  }
  return { person, answers: common, email, expected };
}

/** Records of a sheet with their 0-based rows, as the coordinator sees them. */
export function sheetRecords(spreadsheet: FakeSpreadsheet, schema: SheetSchema) {
  const grid = spreadsheet.sheet(schema.name).getDataRange().getValues() as Grid;
  return readRecords(schema, grid).records;
}

/** Puts records below a sheet's header in one write, as a coordinator's paste would. */
export function pasteRecords(
  spreadsheet: FakeSpreadsheet,
  schema: SheetSchema,
  records: readonly SheetRecord[],
) {
  const sheet = spreadsheet.sheet(schema.name);
  const header = (sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? []) as Cell[];
  const map = mapColumns(schema, header);
  const rows = records.map((record) =>
    header.map((_, index) => {
      const key = [...map].find(([, column]) => column === index)?.[0];
      return key === undefined ? "" : (record[key] ?? "");
    }),
  );
  sheet.getRange(sheet.getLastRow() + 1, 1, rows.length, header.length).setValues(rows);
}

/** A bank record for a person already known to the coordinator (consents received). */
export function knownPerson(person: Person, id: string): SheetRecord {
  return {
    id,
    lastName: person.lastName,
    firstName: person.firstName,
    middleName: person.middleName,
    gender: person.gender,
    email: person.email,
    position: person.position,
    subject: person.subject,
    pdConsent: "получено",
    mentoringConsent: "получено",
    status: "Активен",
    source: "вручную",
  };
}

/** The group-meeting label of a person (no namesakes in these scenarios). */
export function label(person: Person): string {
  return `${person.lastName} ${person.firstName} ${person.middleName} (${person.position})`;
}
