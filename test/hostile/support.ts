import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Grid } from "../../src/core/cell";
import { COMPETENCES } from "../../src/core/questionnaires/competences";
import { formatCsv } from "../../src/core/questionnaires/csv";
import { mentorQuestionnaire } from "../../src/core/questionnaires/forms";
import type { CommandIO } from "../../src/node/command";
import { runCli } from "../../src/node/runCli";
import { XlsxPort } from "../../src/node/xlsx/xlsxPort";
import { bankAnswer, type Person, people, random } from "../intake/support";

export const CLI = join(__dirname, "../../build/cli.cjs");

export interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The built CLI as a coordinator runs it, in its own process. */
export function nastavnik(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { encoding: "utf8", env: { ...process.env, ...env } },
      (error, stdout, stderr) => {
        const code = error ? Number((error as { code?: number }).code ?? 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** runCli in this process: faster, for what needs no second process. */
export async function inProcess(args: readonly string[], stdin = ""): Promise<Outcome> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIO = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readStdin: async () => stdin,
    interactive: false,
    stdinIsTerminal: false,
  };
  const code = await runCli(args, io);
  return { code, stdout: out.join(""), stderr: err.join("") };
}

export function freshFolder(): string {
  return mkdtempSync(join(tmpdir(), "nastavnik-hostile-"));
}

export async function readGrid(book: string, sheet: string): Promise<Grid> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(book);
  return new XlsxPort(workbook).readAll(sheet);
}

const QUESTIONS = mentorQuestionnaire({ organisation: "", competences: COMPETENCES }).questions;

/** A Google Forms CSV export of the mentor questionnaire answered by `count` people. */
export function mentorCsv(seed: number, count: number, offset: number): { csv: string; team: Person[] } {
  const rng = random(seed);
  const team = people(rng, "mentor", count, offset);
  const header = ["Отметка времени", "Адрес электронной почты", ...QUESTIONS.map((q) => q.title)];
  const rows = team.map((person, i) => {
    const answer = bankAnswer(person, rng);
    return [
      `2025/09/10 ${10 + i}:00:00 AM GMT+3`,
      answer.email,
      ...QUESTIONS.map((question) => {
        const value = answer.answers[question.title] ?? "";
        return typeof value === "string" ? value : value.join(", ");
      }),
    ];
  });
  return { csv: formatCsv([header, ...rows]), team };
}

/**
 * Latin words in a message meant for a person: commands, flags and file names are allowed, anything
 * else is English or internal text that leaked through.
 */
export function englishIn(text: string): string[] {
  const allowed =
    /^(nastavnik|init|import|match|approve|generate|demo|json|help|version|all|ids|form|doc|out|pdf|again|mentor|mentee|preferences|monitoring|xlsx|xls|xlsb|csv|ods|docx|pdf|html|tmp|Excel|Word|LibreOffice|OpenDocument|Microsoft|Office|PDF|HTML|CSV|UTF|Google|Ctrl|Enter|Windows|JSON|NASTAVNIK_DEBUG|certificate|no|nastavnik-lock|lock|tsv|txt|zip)$/i;
  return (text.match(/[A-Za-z][A-Za-z_]*(?:-[A-Za-z]+)*/g) ?? []).filter(
    (word) => word.length > 2 && !allowed.test(word),
  );
}
