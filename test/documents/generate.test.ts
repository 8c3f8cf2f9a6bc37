import { describe, expect, it } from "vitest";
import { DOCUMENT_KIND_IDS, generateDocuments } from "../../src/core/documents";
import { calendarDate } from "../../src/core/format/dates";
import { MENTEES, MENTORS, PAIRS } from "../../src/core/schema/sheets";
import { approvedDemo, context } from "./approvedDemo";
import { FakeDocuments, plain } from "./fakeDocuments";
import { documentLog, documentsCells, setCell, setting } from "./sheets";

const ALL = [...DOCUMENT_KIND_IDS];

describe("generateDocuments on the demo school", () => {
  const workbook = approvedDemo();
  const docs = new FakeDocuments();
  const result = generateDocuments(workbook, docs, context, { kinds: ALL, sameDay: true });

  it("makes one document per order, per approved pair or group, per consenting person and per mentor", () => {
    const counts = Object.fromEntries(ALL.map((kind) => [kind, docs.byKind(kind).length]));
    expect(counts).toEqual({
      regulation: 1,
      statute: 1,
      pairs: 1,
      // ПР-002 + ПР-003 and ПР-009 + ПР-010 are groups: one programme each.
      program: 9,
      pdConsent: 19,
      agreement: 7,
      finalEvent: 1,
      awards: 1,
      // No pair has ended early.
      earlyEnd: 0,
      // Nobody is confirmed on «Награды» yet.
      nomination: 0,
      // The year-end reports are made only when the run asks for them (`year`).
      yearReport: 0,
      monitoringNote: 0,
    });
    expect(result).toMatchObject({ done: true, remaining: 0, existing: 0 });
    expect(result.made).toHaveLength(40);
    // Two for orders 6 and 7 dated the day of the pairs order, two for their list without «Награды».
    expect(result.warnings).toHaveLength(4);
    expect(result.warnings).toContain(
      "«Приказ о поощрении наставников»: на листе «Награды» нет подтверждённых кандидатов (столбец «Решение») — " +
        "в приказ включены все наставники утверждённых и завершённых пар",
    );
  });

  it("thanks every mentor of an approved pair in order 7 while nobody is confirmed on «Награды»", () => {
    const awards = plain(docs.byKind("awards")[0]?.text);
    expect(awards).toContain(
      "1. Объявить благодарность:\n1.1. Васильевой Татьяне Михайловне, учителю биологии и химии;",
    );
    expect(awards).not.toContain("в номинации");
    expect(plain(docs.byKind("finalEvent")[0]?.text)).not.toContain("4.4.");
  });

  it("declines the names and dates the orders the Russian way, numbered from «Настройки»", () => {
    const [order] = docs.byKind("pairs");
    expect(order?.fileName).toBe("Приказ № ОД-13 от 01.10.2026 — О закреплении наставнических пар (групп)");
    expect(order?.text).toContain("«01» октября 2026\u00a0г.\t№\u00a0ОД-13\n");
    const text = plain(order?.text);
    expect(text).toContain(
      "Назначить Кузнецову Елену Сергеевну, учителя математики, наставником Смирновой Алины " +
        "Дмитриевны, учителя математики, на период с 1 октября 2026 г. по 30 июня 2027 г., форма " +
        "наставничества — индивидуальная.",
    );
    expect(text).toContain(
      "Назначить Лебедеву Ольгу Александровну, учителя русского языка и литературы, наставником " +
        "Алиевой Айгюли Рашид кызы, учителя русского языка и литературы,",
    );
    expect(text).toContain("Куратору программ наставничества Белову А. Н. обеспечить");
    expect(text).toContain("Директор\t______________\tИ. В. Соколова");
    expect(text).toContain("С приказом ознакомлены:\nБелов А. Н.\t");
    expect(docs.byKind("regulation")[0]?.text).toContain("№\u00a0ОД-12");
    expect(plain(docs.byKind("awards")[0]?.text)).toContain(
      "1. Объявить благодарность:\n1.1. Васильевой Татьяне Михайловне, учителю биологии и химии;\n",
    );
    expect(plain(docs.byKind("awards")[0]?.text)).toContain(
      "1.3. Кузнецовой Елене Сергеевне, учителю математики;",
    );
    expect(setting(workbook, "nextOrderNumber")).toBe(16);
  });

  it("fills each programme from its pair and the mentee's difficulties", () => {
    const program = docs.creations.find(
      (c) => c.fileName === "Программа наставничества — Смирнова А. Д. — ПР-004",
    );
    expect(plain(program?.text)).toContain(
      "Наставник\tКузнецова Елена Сергеевна\tучитель математики\t24 года\n",
    );
    expect(program?.text).toContain("Наставляемый\tСмирнова Алина Дмитриевна\tучитель математики\t1 год\n");
    expect(program?.text).toContain("— Оценивание образовательных результатов\n");
    expect(program?.text).toContain(
      "\tОценивание образовательных результатов\tРазбор критериев и способов оценивания",
    );
    // Approved on 1 October 2026 for nine months: up to the day before 1 July 2027.
    expect(plain(program?.text)).toContain(
      "Срок реализации программы: с 1 октября 2026 г. по 30 июня 2027 г.\n",
    );
    // The plan follows the school year: summed up in May, the month of the final event, nothing later.
    expect(program?.text).toContain("\tИтоговая встреча\tРезультаты представлены куратору\t\n");
    expect(program?.text).toMatch(/Подведение итогов\t[^\n]*\tмай 2027\t/);
    expect(program?.text).not.toContain("июнь 2027");
  });

  it("prints no one without consent to data processing, and says so once, for the consent itself", () => {
    expect(docs.creations.some((c) => c.text.includes("Романов"))).toBe(false);
    expect(result.skipped).toEqual([
      {
        kind: "pdConsent",
        subject: "Романов Денис Валерьевич (П-011)",
        reason: "нет согласия на обработку персональных данных",
      },
      {
        kind: "nomination",
        subject: "Представление к поощрению",
        reason: "на листе «Награды» нет подтверждённых кандидатов (столбец «Решение»)",
      },
    ]);
  });

  it("writes each pair's documents into «Документы» and every document into «Журнал»", () => {
    const cells = documentsCells(workbook);
    expect(cells.get("ПР-004")?.split("\n")).toEqual([
      "Приказ о закреплении пар (01.10.2026): fake://Приказы/Приказ № ОД-13 от 01.10.2026 — О закреплении наставнических пар (групп)",
      "Программа наставничества (01.10.2026): fake://Программы наставничества/Программа наставничества — Смирнова А. Д. — ПР-004",
      "Согласие на наставничество и доп. соглашение (01.10.2026): fake://Соглашения с наставниками/Согласие и доп. соглашение — Кузнецова Е. С. — ПР-004, ПР-005",
    ]);
    const log = documentLog(workbook);
    expect(log).toHaveLength(40);
    expect(log).toContain(
      "Согласие на обработку ПДн [П-001]: Согласие на обработку ПДн — Смирнова А. Д. — П-001 — fake://Согласия на обработку ПДн/Согласие на обработку ПДн — Смирнова А. Д. — П-001",
    );
  });

  it("makes nothing twice when run again", () => {
    const again = generateDocuments(workbook, docs, context, { kinds: ALL, sameDay: true });
    expect(again.made).toEqual([]);
    expect(again.existing).toBe(40);
    expect(docs.creations).toHaveLength(40);
    expect(setting(workbook, "nextOrderNumber")).toBe(16);
  });
});

describe("--again", () => {
  it("makes everything anew, the order keeping its number and date; no number is used up", () => {
    const workbook = approvedDemo();
    const docs = new FakeDocuments();
    generateDocuments(workbook, docs, context, {
      kinds: ["pairs", "program"],
      date: calendarDate(2026, 10, 5),
    });
    const again = generateDocuments(workbook, docs, context, { kinds: ["pairs", "program"], again: true });
    expect(again.made).toHaveLength(10);
    expect(again.made.some((doc) => doc.found)).toBe(false);
    expect(again.made[0]?.fileName).toBe(
      "Приказ № ОД-12 от 05.10.2026 — О закреплении наставнических пар (групп)",
    );
    expect(setting(workbook, "nextOrderNumber")).toBe(13);
    expect(docs.files.size).toBe(10);
    expect(documentsCells(workbook).get("ПР-001")?.split("\n")).toHaveLength(4);
  });

  it("gives the order the next number and the run's date when asked for a new one", () => {
    const workbook = approvedDemo();
    const docs = new FakeDocuments();
    generateDocuments(workbook, docs, context, { kinds: ["pairs"] });
    const again = generateDocuments(workbook, docs, context, {
      kinds: ["pairs"],
      again: true,
      newNumbers: true,
      date: calendarDate(2026, 10, 7),
    });
    expect(again.made[0]?.fileName).toBe(
      "Приказ № ОД-13 от 07.10.2026 — О закреплении наставнических пар (групп)",
    );
    expect(setting(workbook, "nextOrderNumber")).toBe(14);
  });
});

describe("blanks to sign", () => {
  it("are made for those whose consent is missing, into their own folder, once", () => {
    const workbook = approvedDemo();
    setCell(workbook, MENTORS.name, "Н-001", "Согласие на наставничество", "");
    const docs = new FakeDocuments();
    const result = generateDocuments(workbook, docs, context, {
      kinds: ["pdConsent", "agreement"],
      blanks: true,
    });
    expect(result.made.map((doc) => doc.fileName)).toEqual([
      "Бланк согласия на обработку ПДн — Романов Д. В. — П-011",
      "Бланк согласия и доп. соглашения — Кузнецова Е. С. — Н-001",
    ]);
    expect([...docs.files.keys()].every((path) => path.startsWith("Бланки на подпись/"))).toBe(true);
    const agreement = plain(docs.byKind("agreement")[0]?.text);
    expect(agreement).toContain("— Смирновой Алины Дмитриевны, учителя математики, форма наставничества");
    expect(agreement).toContain("«___» ____________ 20___ г.\t______________\tЕ. С. Кузнецова");
    const again = generateDocuments(workbook, docs, context, {
      kinds: ["pdConsent", "agreement"],
      blanks: true,
    });
    expect(again.made).toEqual([]);
    expect(again.existing).toBe(2);
    // The signed documents are not blanks: the mentor without consent is still left out of them.
    const signed = generateDocuments(workbook, docs, context, { kinds: ["agreement"] });
    expect(signed.made.some((doc) => doc.fileName.includes("Кузнецова"))).toBe(false);
  });
});

describe("no gap in a sentence", () => {
  it("leaves out a person whose position the bank lacks, saying so, and prints a dash for no experience", () => {
    const workbook = approvedDemo();
    setCell(workbook, MENTEES.name, "П-001", "Должность", "");
    setCell(workbook, MENTEES.name, "П-008", "Педагогический стаж (лет)", "");
    const docs = new FakeDocuments();
    const result = generateDocuments(workbook, docs, context, { kinds: ["pairs", "program", "pdConsent"] });
    const reason = "Смирнова Алина Дмитриевна — в банке не указана должность";
    expect(result.skipped).toContainEqual({ kind: "pairs", subject: "ПР-004", reason });
    expect(result.skipped).toContainEqual({ kind: "program", subject: "ПР-004", reason });
    expect(result.skipped).toContainEqual({
      kind: "pdConsent",
      subject: "Смирнова Алина Дмитриевна (П-001)",
      reason: "в банке не указана должность",
    });
    expect(docs.creations.some((c) => c.text.includes("Смирнова Алина"))).toBe(false);
    const program = docs.byKind("program").find((c) => c.fileName.endsWith("ПР-005"));
    expect(plain(program?.text)).toContain("Наставляемый\tТихонов Артём Сергеевич\tучитель математики\t—\n");
    for (const c of docs.creations) expect(c.text, c.fileName).not.toContain("не указан");
  });
});

describe("order dates", () => {
  it("dates every order of a run with the chosen date", () => {
    const workbook = approvedDemo();
    const docs = new FakeDocuments();
    generateDocuments(workbook, docs, context, { kinds: ["regulation"], date: calendarDate(2026, 12, 14) });
    const [order] = docs.byKind("regulation");
    expect(order?.fileName).toBe(
      "Приказ № ОД-12 от 14.12.2026 — Об утверждении положения о системе наставничества",
    );
    expect(order?.text).toContain("«14» декабря 2026\u00a0г.\t№\u00a0ОД-12\n");
  });

  it("refuses orders 6 and 7 on the day of the pairs order unless asked, then warns", () => {
    const workbook = approvedDemo();
    const docs = new FakeDocuments();
    const refused = generateDocuments(workbook, docs, context, { kinds: ["pairs", "finalEvent", "awards"] });
    expect(refused.made.map((doc) => doc.kind)).toEqual(["pairs"]);
    expect(refused.skipped.map((skip) => [skip.kind, skip.reason])).toEqual([
      ["finalEvent", expect.stringContaining("та же дата (01.10.2026), что у приказа о закреплении пар")],
      ["awards", expect.stringContaining("та же дата (01.10.2026)")],
    ]);
    // Another day: made, numbered on their own.
    const later = generateDocuments(workbook, docs, context, {
      kinds: ["finalEvent"],
      date: calendarDate(2027, 4, 20),
    });
    expect(later.made[0]?.fileName).toBe("Приказ № ОД-13 от 20.04.2027 — О проведении итогового мероприятия");
    expect(later.warnings).toEqual([
      "«Приказ о проведении итогового мероприятия»: на листе «Награды» нет подтверждённых кандидатов " +
        "(столбец «Решение») — победители в приказе не названы",
    ]);
    // The same day, when asked: made, with a warning.
    const same = generateDocuments(workbook, docs, context, { kinds: ["awards"], sameDay: true });
    expect(same.made.map((doc) => doc.kind)).toEqual(["awards"]);
    expect(same.warnings).toEqual([
      "«Приказ о поощрении наставников» издан той же датой (01.10.2026), что и приказ о закреплении пар",
      expect.stringContaining("в приказ включены все наставники утверждённых и завершённых пар"),
    ]);
  });
});

describe("consent before printing", () => {
  it("leaves an approved pair out of every document once its mentee withdrew consent, saying why", () => {
    const workbook = approvedDemo();
    setCell(workbook, MENTEES.name, "П-001", "Согласие на обработку ПДн", "отозвано");
    const docs = new FakeDocuments();
    const result = generateDocuments(workbook, docs, context, { kinds: ALL, sameDay: true });
    const reason = "Смирнова Алина Дмитриевна — нет согласия на обработку персональных данных";
    expect(result.skipped.filter((s) => s.subject === "ПР-004")).toEqual(
      ["pairs", "program", "agreement", "finalEvent", "awards"].map((kind) => ({
        kind,
        subject: "ПР-004",
        reason,
      })),
    );
    expect(result.skipped).toContainEqual({
      kind: "pdConsent",
      subject: "Смирнова Алина Дмитриевна (П-001)",
      reason: "нет согласия на обработку персональных данных",
    });
    expect(docs.creations.filter((c) => c.text.includes("Смирнов")).map((c) => c.kind)).toEqual([]);
    // Her mentor's other pair is still printed.
    expect(plain(docs.byKind("pairs")[0]?.text)).toContain("Назначить Кузнецову Елену Сергеевну, учителя");
    expect(docs.byKind("program")).toHaveLength(8);
    expect(documentsCells(workbook).get("ПР-004")).toBe("");
  });

  it("leaves a mentor without consent to mentoring out of kinds 2, 3 and 5 only", () => {
    const workbook = approvedDemo();
    setCell(workbook, MENTORS.name, "Н-001", "Согласие на наставничество", "отозвано");
    const docs = new FakeDocuments();
    const result = generateDocuments(workbook, docs, context, { kinds: ALL, sameDay: true });
    const reason = "Кузнецова Елена Сергеевна — нет согласия на наставничество";
    expect(result.skipped.filter((s) => s.reason === reason).map((s) => [s.kind, s.subject])).toEqual([
      ["pairs", "ПР-004"],
      ["pairs", "ПР-005"],
      ["program", "ПР-004"],
      ["program", "ПР-005"],
      ["agreement", "ПР-004"],
      ["agreement", "ПР-005"],
    ]);
    expect(docs.byKind("pairs")[0]?.text).not.toContain("Кузнецов");
    expect(docs.byKind("program")).toHaveLength(7);
    expect(docs.byKind("agreement")).toHaveLength(6);
    expect(docs.byKind("pdConsent").some((c) => c.fileName.includes("Кузнецова"))).toBe(true);
    expect(documentsCells(workbook).get("ПР-004")).toBe("");
  });

  it("prints no pair of a mentee who withdrew and says why", () => {
    const workbook = approvedDemo();
    setCell(workbook, "Наставляемые", "П-001", "Статус", "Выбыл");
    const docs = new FakeDocuments();
    const result = generateDocuments(workbook, docs, context, { kinds: ["program", "pdConsent"] });
    expect(result.skipped).toContainEqual({
      kind: "program",
      subject: "ПР-004",
      reason: "Смирнова Алина Дмитриевна — выбыл(а) из программы",
    });
    expect(docs.creations.some((c) => c.text.includes("Смирнова Алина"))).toBe(false);
  });
});

describe("a group", () => {
  it("puts every mentee of a group row into its programme, the pairs order and the agreement", () => {
    const workbook = approvedDemo();
    setCell(workbook, PAIRS.name, "ПР-004", "ID наставляемых", "П-001, П-012");
    setCell(workbook, PAIRS.name, "ПР-004", "Форма наставничества", "Групповая");
    const docs = new FakeDocuments();
    generateDocuments(workbook, docs, context, { kinds: ["pairs", "program", "agreement"] });
    const program = docs.byKind("program").find((c) => c.fileName.endsWith("ПР-004"));
    expect(program?.fileName).toBe("Программа наставничества — Смирнова А. Д. и др. — ПР-004");
    expect(program?.text).toContain("Наставляемый\tСмирнова Алина Дмитриевна\t");
    expect(program?.text).toContain("Наставляемый\tЕгорова Светлана Юрьевна\t");
    expect(program?.text).toContain("— Работа с детьми с ОВЗ, инклюзивное образование\n");
    expect(plain(docs.byKind("pairs")[0]?.text)).toContain(
      "Назначить Кузнецову Елену Сергеевну, учителя математики, наставником группы наставляемых: " +
        "Смирновой Алины Дмитриевны, учителя математики, и Егоровой Светланы Юрьевны, учителя " +
        "начальных классов, на период",
    );
    const agreement = docs.byKind("agreement").find((c) => c.fileName.includes("Кузнецова"));
    expect(plain(agreement?.text)).toContain(
      "— Егоровой Светланы Юрьевны, учителя начальных классов, форма наставничества — групповая",
    );
  });

  it("joins the rows of one mentor in the «Групповая» form: one programme, one clause naming all", () => {
    const workbook = approvedDemo();
    const docs = new FakeDocuments();
    generateDocuments(workbook, docs, context, { kinds: ["pairs", "program"] });
    const programs = docs.byKind("program").map((c) => c.fileName);
    expect(programs).toContain("Программа наставничества — Ковалёв Н. А. и др. — ПР-009, ПР-010");
    expect(programs.some((name) => name.endsWith("— ПР-010"))).toBe(false);
    const order = plain(docs.byKind("pairs")[0]?.text);
    expect(order.match(/Назначить Орлова Виктора Павловича/g)).toHaveLength(1);
    expect(order).toContain(
      "наставником группы наставляемых: Ковалёва Никиты Андреевича, учителя физики, и Носовой Марии " +
        "Павловны, учителя",
    );
    expect(documentsCells(workbook).get("ПР-010")).toContain("Программа наставничества");
  });
});

describe("settings the templates need", () => {
  it("skips the kinds whose template uses an empty setting, naming it, and makes the others", () => {
    const workbook = approvedDemo({ headName: "", city: "", orgAddress: "" });
    const docs = new FakeDocuments();
    const result = generateDocuments(workbook, docs, context, {
      kinds: ["regulation", "pdConsent", "agreement"],
    });
    expect(result.skipped.map((s) => [s.kind, s.reason])).toEqual([
      ["regulation", "на листе «Настройки» не заполнено: «Город», «ФИО руководителя»"],
      ["pdConsent", "на листе «Настройки» не заполнено: «Адрес организации»"],
      ["agreement", "на листе «Настройки» не заполнено: «ФИО руководителя», «Город»"],
    ]);
    expect(docs.byKind("regulation")).toHaveLength(0);
    expect(docs.byKind("agreement")).toHaveLength(0);
    expect(docs.byKind("pdConsent")).toHaveLength(0);
    expect(setting(workbook, "nextOrderNumber")).toBe(12);
  });
});
