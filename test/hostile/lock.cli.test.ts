import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MENTORS } from "../../src/core/schema/sheets";
import { readRecords } from "../../src/core/schema/table";
import { freshFolder, mentorCsv, nastavnik, readGrid } from "./support";

const LOCK = ".школа.xlsx.nastavnik-lock";

async function bookWithExports(count: number) {
  const dir = freshFolder();
  const book = join(dir, "школа.xlsx");
  expect((await nastavnik(["init", book])).code).toBe(0);
  const exports = Array.from({ length: count }, (_, i) => {
    const { csv, team } = mentorCsv(100 + i, 3, i * 10);
    const file = join(dir, `ответы-${i}.csv`);
    writeFileSync(file, csv, "utf8");
    return { file, emails: team.map((person) => person.email) };
  });
  return { dir, book, exports };
}

async function bankEmails(book: string): Promise<string[]> {
  return readRecords(MENTORS, await readGrid(book, MENTORS.name)).records.map((entry) =>
    String(entry.record.email),
  );
}

/** A process that stays alive until killed: a live owner for a lock file. */
function sleeper() {
  return spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
}

describe("one command at a time on a workbook", () => {
  it("runs imports started together one after another: every export's rows end up in the bank", async () => {
    const { dir, book, exports } = await bookWithExports(3);
    const results = await Promise.all(
      exports.map(({ file }) => nastavnik(["import", book, file, "--form", "mentor"])),
    );
    for (const result of results) {
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
    }
    expect((await bankEmails(book)).sort()).toEqual(exports.flatMap((e) => e.emails).sort());
    expect(
      readdirSync(dir).filter((name) => name.includes("nastavnik-lock") || name.endsWith(".tmp")),
    ).toEqual([]);
  });

  it("refuses, after waiting, while another live command holds the book; takes over once it is gone", async () => {
    const { dir, book, exports } = await bookWithExports(1);
    const bytes = readFileSync(book);
    const owner = sleeper();
    try {
      const lock = join(dir, LOCK);
      writeFileSync(
        lock,
        JSON.stringify({ pid: owner.pid, host: hostname(), started: new Date().toISOString() }),
      );
      const refused = await nastavnik(["import", book, exports[0]!.file, "--form", "mentor"], {
        NASTAVNIK_LOCK_WAIT_MS: "300",
      });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(
        new RegExp(
          `^Ошибка: Книгу «.*школа\\.xlsx» сейчас изменяет другая команда nastavnik \\(процесс ${owner.pid}`,
        ),
      );
      expect(refused.stderr).toContain("книга не изменена");
      expect(refused.stderr.trim().split("\n")).toHaveLength(1);
      expect(readFileSync(book).equals(bytes)).toBe(true);
      expect(existsSync(lock)).toBe(true);
    } finally {
      owner.kill("SIGKILL");
      await new Promise((done) => owner.once("exit", done));
    }
    // The owner was killed without cleaning up: its lock is stale and taken over.
    const after = await nastavnik(["import", book, exports[0]!.file, "--form", "mentor"], {
      NASTAVNIK_LOCK_WAIT_MS: "300",
    });
    expect(after.stderr).toBe("");
    expect((await bankEmails(book)).sort()).toEqual([...exports[0]!.emails].sort());
    expect(existsSync(join(dir, LOCK))).toBe(false);
  });

  it("refuses for a lock of another computer, naming it and the file to delete, unless the lock is hours old", async () => {
    const { dir, book, exports } = await bookWithExports(1);
    const lock = join(dir, LOCK);
    const args = ["import", book, exports[0]!.file, "--form", "mentor"];
    writeFileSync(
      lock,
      JSON.stringify({ pid: 4242, host: "учительская", started: new Date().toISOString() }),
    );
    const refused = await nastavnik(args, { NASTAVNIK_LOCK_WAIT_MS: "0" });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("команда nastavnik на компьютере «учительская» (процесс 4242");
    expect(refused.stderr).toContain(`Если там ничего не работает, удалите файл «${lock}».`);
    const old = new Date(Date.now() - 3 * 3_600_000).toISOString();
    writeFileSync(lock, JSON.stringify({ pid: 4242, host: "учительская", started: old }));
    expect((await nastavnik(args, { NASTAVNIK_LOCK_WAIT_MS: "0" })).code).toBe(0);
    expect(existsSync(lock)).toBe(false);
  });

  it("holds the lock for match, approve, generate and init too", async () => {
    const { dir, book } = await bookWithExports(0);
    const owner = sleeper();
    try {
      writeFileSync(join(dir, LOCK), JSON.stringify({ pid: owner.pid, host: hostname(), started: "" }));
      for (const args of [
        ["match", book],
        ["approve", book, "--all"],
        ["generate", book, "--doc", "all"],
        ["init", book],
      ]) {
        const result = await nastavnik(args, { NASTAVNIK_LOCK_WAIT_MS: "0" });
        expect(result.code, args[0]).toBe(1);
        expect(result.stderr, args[0]).toContain("сейчас изменяет другая команда nastavnik");
      }
      expect(existsSync(join(dir, "Документы"))).toBe(false);
    } finally {
      owner.kill("SIGKILL");
    }
  });
});
