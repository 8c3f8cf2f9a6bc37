import { describe, expect, it } from "vitest";
import { approvePairs } from "../../src/core/pairing/approve";
import { proposePairs } from "../../src/core/pairing/proposePairs";
import { MENTORS, PAIRS } from "../../src/core/schema/sheets";
import { readRecords } from "../../src/core/schema/table";
import { MEETINGS } from "../../src/core/schema/yearSheets";
import { importMeetings } from "../../src/core/year/meetingImport";
import { context, demoWorkbook } from "../support/demoWorkbook";

const HEADER = [
  "Отметка времени",
  "Адрес электронной почты",
  "Наставляемый",
  "Дата",
  "Вид встречи",
  "Формат",
  "Тема или пункт плана",
  "Что сделано",
  "Результат и договорённости",
];

function school() {
  const workbook = demoWorkbook();
  proposePairs(workbook, context);
  approvePairs(workbook, context, { all: true });
  const pair = readRecords(PAIRS, workbook.grid(PAIRS.name)).records.find(
    ({ record }) => record.status === "Утверждена",
  )!.record;
  const mentor = readRecords(MENTORS, workbook.grid(MENTORS.name)).records.find(
    ({ record }) => record.id === pair.mentorId,
  )!.record;
  return { workbook, pair, email: String(mentor.email) };
}

describe("meeting reports", () => {
  it("adds each report once, whether named by pair ID or by the mentee, and refuses strangers", () => {
    const { workbook, pair, email } = school();
    const rows = [
      [
        "20.10.2026 15:04:11",
        email,
        `${pair.mentees} (${pair.id})`,
        "20.10.2026",
        "организационная",
        "Очно",
        "Знакомство",
        "Обсудили план",
        "График по вторникам",
      ],
      [
        "03.11.2026 16:10:00",
        email.toUpperCase(),
        String(pair.mentees),
        "03.11.2026",
        "Регулярная",
        "Онлайн",
        "п. 2",
        "Разбор урока",
        "Переделать карту",
      ],
      [
        "04.11.2026 10:00:00",
        "chuzhoy@school.example",
        String(pair.id),
        "04.11.2026",
        "Регулярная",
        "Очно",
        "",
        "",
        "",
      ],
      ["05.11.2026 10:00:00", email, String(pair.id), "пятое ноября", "Регулярная", "Очно", "", "", ""],
    ];
    const first = importMeetings(workbook, context, HEADER, rows);
    expect(first.added).toBe(2);
    expect(first.rejected).toHaveLength(2);
    expect(first.rejected[0]).toMatch(/строка 4: chuzhoy@school\.example нет в банке наставников/);
    expect(first.rejected[1]).toMatch(/строка 5: дата встречи «пятое ноября» не читается/);
    const meetings = readRecords(MEETINGS, workbook.grid(MEETINGS.name)).records.map(({ record }) => record);
    expect(meetings.map((meeting) => [meeting.id, meeting.pairId, meeting.kind])).toEqual([
      ["ВС-001", pair.id, "Организационная"],
      ["ВС-002", pair.id, "Регулярная"],
    ]);

    const again = importMeetings(workbook, context, HEADER, rows);
    expect(again.added).toBe(0);
    expect(again.duplicates).toBe(2);
    expect(readRecords(MEETINGS, workbook.grid(MEETINGS.name)).records).toHaveLength(2);
  });

  it("refuses a report about another mentor's pair, and a file that is not meeting reports", () => {
    const { workbook, pair, email } = school();
    const other = readRecords(PAIRS, workbook.grid(PAIRS.name))
      .records.map(({ record }) => record)
      .find((record) => record.status === "Утверждена" && record.mentorId !== pair.mentorId)!;
    const report = importMeetings(workbook, context, HEADER, [
      ["20.10.2026 15:04:11", email, String(other.id), "20.10.2026", "Регулярная", "Очно", "", "", ""],
    ]);
    expect(report.added).toBe(0);
    expect(report.rejected[0]).toMatch(/не наставник пары/);
    expect(() => importMeetings(workbook, context, ["Фамилия", "Имя"], [["Иванова", "Анна"]])).toThrow(
      /это не отчёты о встречах/,
    );
  });
});
