/**
 * A school (or a district) of any size for the budget tests and the benchmark: the demo people repeated,
 * each with an id and a full name of their own (surnames, first names and patronymics of the demo's
 * people of the same gender, combined), consents received, no partner choices.
 */
import { MENTEES, MENTORS, PAIRS } from "../../src/core/schema/sheets";
import type { SheetRecord } from "../../src/core/schema/table";
import { updateSettings } from "../../src/core/settings/updateSettings";
import { SheetsPort } from "../../src/gas/sheetsPort";
import { DEMO_MENTEES, DEMO_MENTORS } from "../../src/node/demo/demoPeople";
import { DEMO_SETTINGS } from "../../src/node/demo/demoSchool";
import { createAppsScript } from "../fakes/appsScript";
import { fillBank, loadBundle } from "./bundle";
import { withDocuments } from "./documentsWorld";

const everyone = [...DEMO_MENTORS, ...DEMO_MENTEES];

function pool(gender: string, key: string): string[] {
  return [...new Set(everyone.filter((p) => p.gender === gender).map((p) => String(p[key])))];
}

const POOLS = Object.fromEntries(
  ["Ж", "М"].map((gender) => [
    gender,
    { last: pool(gender, "lastName"), first: pool(gender, "firstName"), middle: pool(gender, "middleName") },
  ]),
) as Record<string, { last: string[]; first: string[]; middle: string[] }>;

/**
 * The n-th distinct name of a gender: surname fastest, then first name, then patronymic; past the last
 * combination names repeat when `repeat` allows (ids keep file names distinct).
 */
function nameOf(
  gender: string,
  n: number,
  repeat: boolean,
): Pick<SheetRecord, "lastName" | "firstName" | "middleName"> {
  const names = POOLS[gender]!;
  const last = n % names.last.length;
  const rest = Math.floor(n / names.last.length);
  const first = rest % names.first.length;
  const middle = Math.floor(rest / names.first.length) % names.middle.length;
  if (!repeat && Math.floor(rest / names.first.length) >= names.middle.length)
    throw new Error(`not enough distinct names for ${n + 1} people of gender ${gender}`);
  return { lastName: names.last[last]!, firstName: names.first[first]!, middleName: names.middle[middle]! };
}

function scale(
  base: readonly SheetRecord[],
  count: number,
  prefix: string,
  seen: Map<string, number>,
  repeat: boolean,
) {
  return Array.from({ length: count }, (_, index): SheetRecord => {
    const person = base[index % base.length]!;
    const gender = String(person.gender);
    const n = seen.get(gender) ?? 0;
    seen.set(gender, n + 1);
    return {
      ...person,
      ...nameOf(gender, n, repeat),
      id: `${prefix}-${String(index + 1).padStart(4, "0")}`,
      email: `${prefix === "Н" ? "n" : "p"}${index + 1}@school.example`,
      choices: "",
      pdConsent: "получено",
      ...(prefix === "Н" ? { mentoringConsent: "получено", capacity: "2" } : {}),
    };
  });
}

/** For `pairs` pairs: as many mentees, half as many mentors (each takes two), every name distinct. */
export function schoolPeople(
  pairs: number,
  repeatNames = false,
): { mentors: SheetRecord[]; mentees: SheetRecord[] } {
  const seen = new Map<string, number>();
  return {
    mentors: scale(DEMO_MENTORS, Math.ceil(pairs / 2), "Н", seen, repeatNames),
    mentees: scale(DEMO_MENTEES, pairs, "П", seen, repeatNames),
  };
}

/**
 * The school of `pairs` pairs (the demo school for 0) in the fake spreadsheet, through the uploaded script: set up, settings of the demo school,
 * both banks filled, pairs proposed and every proposal approved — ready for documents.
 */
export function schoolWorld(pairs: number, settings: Record<string, string> = {}) {
  const world = createAppsScript();
  const documents = withDocuments(world);
  const bundle = loadBundle(world);
  const { spreadsheet } = world;
  bundle.call("menuSetup");
  updateSettings(new SheetsPort(spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet), {
    ...DEMO_SETTINGS,
    ...settings,
  });
  const { mentors, mentees } =
    pairs === 0 ? { mentors: [...DEMO_MENTORS], mentees: [...DEMO_MENTEES] } : schoolPeople(pairs);
  for (const [schema, records] of [
    [MENTORS, mentors],
    [MENTEES, mentees],
  ] as const) {
    const sheet = spreadsheet.sheet(schema.name);
    if (sheet.getMaxRows() < records.length + 1) sheet.insertRowsAfter(sheet.getMaxRows(), records.length);
    fillBank(spreadsheet, schema, records);
  }
  bundle.call("menuMatch");
  const pairSheet = spreadsheet.sheet(PAIRS.name);
  spreadsheet.selection = { sheet: PAIRS.name, rows: [[2, pairSheet.getLastRow()]] };
  bundle.call("menuApprove");
  return { world, bundle, documents, spreadsheet };
}
