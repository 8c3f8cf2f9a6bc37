import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Grid } from "../../src/core/cell";
import { dayOf, toIsoDate } from "../../src/core/format/dates";
import { importResponses } from "../../src/core/intake/importResponses";
import { readMeetingChoices, readQuestionnaireContext } from "../../src/core/intake/questionnaireSet";
import { approvePairs } from "../../src/core/pairing/approve";
import { proposePairs } from "../../src/core/pairing/proposePairs";
import { QuestionnaireError } from "../../src/core/questionnaires/errors";
import { readFormsExport } from "../../src/core/questionnaires/exportFile";
import { meetingQuestionnaire } from "../../src/core/questionnaires/meetingForm";
import { parseResponse } from "../../src/core/questionnaires/parse";
import type { FormResponse, Questionnaire } from "../../src/core/questionnaires/types";
import { LOG, MENTORS, PAIRS } from "../../src/core/schema/sheets";
import { readRecords, type SheetRecord } from "../../src/core/schema/table";
import { MEETINGS } from "../../src/core/schema/yearSheets";
import { endPairEarly } from "../../src/core/year/earlyEnd";
import { context, demoWorkbook } from "../support/demoWorkbook";
import type { MemoryWorkbook } from "../support/memoryWorkbook";

function records(workbook: MemoryWorkbook, schema: typeof PAIRS): SheetRecord[] {
  return readRecords(schema, workbook.grid(schema.name)).records.map(({ record }) => record);
}

/** The demo school with every proposal approved, its meeting form and each approved pair's mentor e-mail. */
function school() {
  const workbook = demoWorkbook();
  proposePairs(workbook, context);
  approvePairs(workbook, context, { all: true });
  const emails = new Map(records(workbook, MENTORS).map((record) => [record.id, String(record.email)]));
  const pairs = records(workbook, PAIRS)
    .filter((record) => record.status === "Утверждена")
    .map((record) => ({ record, email: emails.get(record.mentorId)! }));
  const form = meetingQuestionnaire(
    readQuestionnaireContext(workbook, context),
    readMeetingChoices(workbook),
  );
  return { workbook, pairs, form };
}

/** One answer to «Отчёт о встрече», keyed by the form's own question titles. */
function report(
  form: Questionnaire,
  email: string,
  choice: string,
  timestamp: Date,
  answers: Partial<Record<string, string>> = {},
): FormResponse {
  const byId: Record<string, string> = {
    pairId: choice,
    date: "20.10.2026",
    kind: "Регулярная",
    format: "Очно",
    topic: "п. 2",
    done: "Разобрали урок",
    result: "Переделать технологическую карту",
    nextStep: "Посещение урока",
    hours: "1,5",
    ...answers,
  };
  return {
    timestamp,
    email,
    answers: Object.fromEntries(form.questions.map((question) => [question.title, byId[question.id] ?? ""])),
  };
}

function choiceOf(form: Questionnaire, pairId: string): string {
  return form.questions[0]!.options!.find((option) => option.endsWith(`(${pairId})`))!;
}

/** «Встречи» without what depends on arrival order (the generated ID) or on the clock. */
function meetingSet(grid: Grid): string[] {
  return readRecords(MEETINGS, grid)
    .records.map(({ record }) => {
      const { id: _id, updated: _updated, ...rest } = record;
      return JSON.stringify(rest);
    })
    .sort();
}

describe("«Отчёт о встрече»", () => {
  it("lists every approved pair as «ФИО (ПР-00N)» and refuses to be built without one", () => {
    const { workbook, pairs, form } = school();
    const list = form.questions[0]!;
    expect(list).toMatchObject({ title: "Наставляемый", type: "list", required: true });
    expect(list.options).toHaveLength(pairs.length);
    for (const { record } of pairs) expect(list.options).toContain(`${record.mentees} (${record.id})`);
    // The titles are the headers of «Встречи»: one definition for the form, the sheet and the import.
    const headers = new Set(MEETINGS.columns.map((column) => column.header));
    for (const question of form.questions.slice(1)) expect(headers).toContain(question.title);

    const [ended] = pairs;
    endPairEarly(workbook, context, {
      pairId: String(ended!.record.id),
      initiator: "mentor",
      reason: "переезд",
    });
    expect(readMeetingChoices(workbook)).not.toContain(`${ended!.record.mentees} (${ended!.record.id})`);
    expect(readMeetingChoices(workbook)).toHaveLength(pairs.length - 1);

    expect(() => meetingQuestionnaire(readQuestionnaireContext(workbook, context), [])).toThrow(
      QuestionnaireError,
    );
  });

  it("lands a mentor's answer in «Встречи» once, and refuses one about another mentor's pair", () => {
    const { workbook, pairs, form } = school();
    const [own, other] = pairs.filter(
      (pair, index, all) => all.findIndex((p) => p.record.mentorId === pair.record.mentorId) === index,
    );
    const mine = report(
      form,
      own!.email,
      choiceOf(form, String(own!.record.id)),
      new Date(2026, 9, 20, 15, 4, 11),
    );
    const stranger = report(
      form,
      other!.email.toUpperCase(),
      choiceOf(form, String(own!.record.id)),
      new Date(2026, 9, 21, 9, 0, 0),
    );
    const first = importResponses(workbook, context, "meeting", [mine, stranger], {
      source: "форма",
      log: "always",
      delivered: [stranger],
    });
    expect(first.counts).toMatchObject({ responses: 2, added: 1, rejected: 1 });
    expect(first.notes).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Ответ от 21\\.10\\.2026 09:00 не принят: ${other!.email} — не наставник пары ${own!.record.id}$`,
        ),
      ),
    ]);
    const meetings = records(workbook, MEETINGS);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({
      id: "ВС-001",
      pairId: own!.record.id,
      mentor: own!.record.mentor,
      kind: "Регулярная",
      format: "Очно",
      topic: "п. 2",
      done: "Разобрали урок",
      result: "Переделать технологическую карту",
      nextStep: "Посещение урока",
      hours: "1,5",
    });
    expect(String(meetings[0]!.source)).toMatch(/^форма 2026-10-20T\d\d:04:11\.000Z /);
    expect(workbook.grid(LOG.name).flat().join("\n")).toContain("не наставник пары");

    // Re-delivered and re-imported with «Перенести ответы»: nothing new, nothing logged.
    const logRows = workbook.grid(LOG.name).length;
    const again = importResponses(workbook, context, "meeting", [stranger, mine, mine]);
    expect(again.changed).toBe(false);
    expect(again.counts).toMatchObject({ added: 0, unchanged: 2, rejected: 1 });
    expect(records(workbook, MEETINGS)).toHaveLength(1);
    expect(workbook.grid(LOG.name)).toHaveLength(logRows);
  });

  it("reads its own response sheet back (the path of a live submission) and keeps a formula as text", () => {
    const { workbook, pairs, form } = school();
    const [pair] = pairs;
    const answer = report(
      form,
      pair!.email,
      choiceOf(form, String(pair!.record.id)),
      new Date(2026, 9, 22, 8),
      {
        done: '=HYPERLINK("http://x")',
        date: "2026/10/21", // a date the way an export writes its times
      },
    );
    // The response sheet as Google Forms lays it out: time, e-mail, then the questions in order.
    const header = ["Отметка времени", "Адрес электронной почты", ...form.questions.map((q) => q.title)];
    const row = [
      answer.timestamp,
      answer.email,
      ...form.questions.map((q) => answer.answers[q.title] as string),
    ];
    const read = readFormsExport(form, header, [row]);
    expect(read.missingQuestions).toEqual([]);
    importResponses(workbook, context, "meeting", read.responses);
    expect(records(workbook, MEETINGS)[0]!.done).toBe('\'=HYPERLINK("http://x")');
    expect(toIsoDate(dayOf(records(workbook, MEETINGS)[0]!.date)!)).toBe("2026-10-21");
  });

  it("gives the same «Встречи» whatever order and however often the answers arrive", () => {
    const { pairs, form } = school();
    const answers = pairs.slice(0, 4).flatMap(({ record, email }, index) => [
      report(form, email, choiceOf(form, String(record.id)), new Date(2026, 9, 10 + index, 16, 0, 7)),
      report(form, email, String(record.id), new Date(2026, 10, 10 + index, 16, 30), { kind: "Итоговая" }),
      // Someone else's e-mail: refused whenever it comes.
      report(form, "nobody@school.example", String(record.id), new Date(2026, 10, 1 + index, 12)),
    ]);
    const reference = demoWorkbookWithPairs();
    importResponses(reference, context, "meeting", answers);
    const expected = meetingSet(reference.grid(MEETINGS.name));
    expect(expected).toHaveLength(8);
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: answers.length - 1 }), { minLength: 1, maxLength: 6 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (deliveries) => {
          const workbook = demoWorkbookWithPairs();
          for (const batch of deliveries) {
            importResponses(
              workbook,
              context,
              "meeting",
              batch.map((index) => answers[index]!),
            );
          }
          // «Перенести ответы» at the end brings whatever was never delivered.
          importResponses(workbook, context, "meeting", [...answers].reverse());
          expect(meetingSet(workbook.grid(MEETINGS.name))).toEqual(expected);
        },
      ),
      { numRuns: 25 },
    );
  });

  it("reads its date question as a day, in the sheet's and the export's forms, and names a bad one", () => {
    const { form } = school();
    const answer = (date: string) =>
      parseResponse(form, { timestamp: new Date(2026, 9, 22), email: "a@b.ru", answers: { Дата: date } });
    expect(form.questions.find((question) => question.id === "date")?.type).toBe("date");
    expect(answer("20.10.2026").values.date).toBe("20.10.2026");
    expect(answer("2026-10-20").values.date).toBe("20.10.2026");
    expect(answer("2026/10/20").values.date).toBe("20.10.2026");
    expect(answer("пятое ноября").problems).toContain("«Дата»: «пятое ноября» — ожидается дата дд.мм.гггг");
  });
});

function demoWorkbookWithPairs(): MemoryWorkbook {
  return school().workbook;
}
