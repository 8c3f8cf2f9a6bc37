import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import type { CommandIO } from "../../src/node/command";
import { runCli } from "../../src/node/runCli";

const run = promisify(execFile);
const CLI = join(__dirname, "../../build/cli.cjs");

/** The built CLI as a coordinator runs it: exit code and both streams. */
async function nastavnik(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { encoding: "utf8" });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** runCli in process, with standard input given (and a terminal or not). */
async function inProcess(args: string[], options: { stdin?: string; terminal?: boolean } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIO = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readStdin: async () => options.stdin ?? "",
    interactive: false,
    stdinIsTerminal: options.terminal ?? false,
  };
  const code = await runCli(args, io);
  return { code, stdout: out.join(""), stderr: err.join("") };
}

/** A book in a folder that does not exist: a command that wrongly went ahead could not leave a file. */
const BOOK = join(tmpdir(), "nastavnik-нет-такой-папки", "школа.xlsx");

const INSTANCE = JSON.stringify({
  mentors: [{ id: "m1", capacity: 1 }],
  mentees: [{ id: "e1" }],
  edges: [{ mentor: "m1", mentee: "e1", score: 5 }],
  locked: [],
});

describe("nastavnik: help and usage", () => {
  it("prints the help to stderr and exits 2 without a command, to stdout with «help»", async () => {
    const bare = await nastavnik();
    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe("");
    expect(bare.stderr).toContain("nastavnik generate <книга.xlsx>");
    const help = await nastavnik("help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("nastavnik generate <книга.xlsx>");
  });

  it("prints one command's usage with --help or -h and exits 0, doing nothing else", async () => {
    for (const [command, flag] of [
      ["generate", "--help"],
      ["approve", "-h"],
      ["import", "--help"],
      ["match-json", "--help"],
    ] as const) {
      const result = await inProcess([command, BOOK, flag]);
      expect(result.code, command).toBe(0);
      expect(result.stdout, command).toMatch(new RegExp(`^Использование: nastavnik ${command} `));
      expect(result.stderr, command).toBe("");
    }
  });

  it.each([
    [["init"], /Укажите файл книги/],
    [["init", BOOK, "лишнее.xlsx"], /Укажите файл книги/],
    [["match", "школа.txt"], /Укажите книгу \.xlsx/],
    [["approve", BOOK], /--all \(все предложенные\) или --ids/],
    [["approve", BOOK, "--all", "--ids", "ПР-001"], /что-то одно/],
    [["approve", BOOK, "--ids"], /После --ids укажите значение/],
    [["generate", BOOK], /--doc all/],
    [["generate", BOOK, "--doc=приказ"], /Неизвестный вид документа «приказ»/],
    [["generate", BOOK, "--doc", "all", "--fast"], /Неизвестный параметр «--fast»/],
    [["generate", BOOK, "--doc", "all", "--pdf=yes"], /--pdf указывается без значения/],
    [["import", BOOK, "ответы.csv"], /--form mentor\|mentee/],
    [["import", BOOK, "ответы.csv", "--form=кто"], /--form mentor\|mentee/],
    [["match-json", "задача.json"], /Неизвестный аргумент задача\.json/],
  ])("exits 2 with the message and the usage for %j", async (args, message) => {
    const result = await inProcess(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain(`Использование: nastavnik ${args[0]} `);
  });

  it("exits 1, without the usage, when the command cannot do what was asked", async () => {
    const result = await inProcess(["match", join(tmpdir(), "нет-такой-книги.xlsx")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Ошибка: Файл .* не найден/);
    expect(result.stderr).not.toContain("Использование");
  });

  it("accepts --flag=value for every flag", async () => {
    const folder = mkdtempSync(join(tmpdir(), "nastavnik-"));
    const book = join(folder, "школа.xlsx");
    expect((await nastavnik("init", book)).code).toBe(0);
    const out = join(folder, "выход");
    const result = await nastavnik("generate", book, "--doc=1", `--out=${out}`);
    expect(result.stderr).not.toContain("Ошибка");
    expect(result.code).toBe(0);
    // A fresh workbook lacks the settings a regulation needs: the kind is understood, the folder used.
    expect(result.stdout).toContain(
      "Ни один документ не сформирован.\nНа листе «Настройки» заполните: «Полное наименование организации»",
    );
    expect(readdirSync(join(out, "Шаблоны"))).toEqual([
      "Приказ об утверждении положения о наставничестве.docx",
    ]);
  });
});

describe("nastavnik match-json at a terminal", () => {
  it("says on stderr what it waits for when nothing is piped in, and keeps stdout for the JSON", async () => {
    const result = await inProcess(["match-json"], { stdin: INSTANCE, terminal: true });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/Жду задачу в JSON на стандартном входе/);
    expect(JSON.parse(result.stdout)).toMatchObject({ matched: 1, total: 5 });
    const piped = await inProcess(["match-json"], { stdin: INSTANCE });
    expect(piped.stderr).toBe("");
  });
});
