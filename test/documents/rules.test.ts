/**
 * Every kind rendered, and its text checked the way a secretary reads it before signing: the head's
 * own title (never a generic «руководитель»), the law the organisation works under, no filler, Russian
 * typography, signatures and headings kept with their text, and the names the coordinator corrected.
 */
import PizZip from "pizzip";
import { describe, expect, it } from "vitest";
import { appendRecords } from "../../src/core/appendRecords";
import { ALL_KINDS, DOCUMENT_KIND_IDS, generateDocuments } from "../../src/core/documents";
import { calendarDate } from "../../src/core/format/dates";
import { MONITORING } from "../../src/core/schema/monitoringSheet";
import { MENTEES, MENTORS } from "../../src/core/schema/sheets";
import type { Block } from "../../src/core/template";
import { endPairEarly } from "../../src/core/year/earlyEnd";
import { writeDocxTemplate } from "../../src/node/docx";
import { confirmTopAwards } from "../support/awards";
import { approvedDemo, context } from "./approvedDemo";
import { type Creation, FakeDocuments, plain } from "./fakeDocuments";
import { setCell } from "./sheets";

const KINDERGARTEN = {
  orgFullName: "Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № 12 «Солнышко»»",
  orgShortName: "МБДОУ «Детский сад № 12»",
  headPosition: "Заведующий",
  curatorPosition: "Старший воспитатель",
};

/**
 * Every document of every kind, orders dated 1 December 2026 (one pair ended early by then, the
 * employer's decision), and the blanks to sign; the first of each nomination confirmed on «Награды», so
 * that orders 6 and 7 name them and each gets a nomination sheet.
 */
function everyDocument(settings: Record<string, string | number> = {}): Creation[] {
  const workbook = approvedDemo(settings);
  confirmTopAwards(workbook, context);
  appendRecords(workbook, MONITORING, [{ role: "Наставник", overall: 9 }]);
  const docs = new FakeDocuments();
  const date = calendarDate(2026, 12, 1);
  generateDocuments(workbook, docs, context, {
    kinds: [...DOCUMENT_KIND_IDS],
    date,
    sameDay: true,
    year: {},
  });
  const notice = calendarDate(2026, 11, 24);
  endPairEarly(workbook, context, { pairId: "ПР-004", initiator: "employer", noticeDate: notice });
  generateDocuments(workbook, docs, context, { kinds: ["earlyEnd"], date });
  generateDocuments(workbook, docs, context, { kinds: ["pdConsent", "agreement"], blanks: true, date });
  return docs.creations;
}

const school = everyDocument();
const kindergarten = everyDocument(KINDERGARTEN);

describe.each([
  ["a school", school],
  ["a kindergarten", kindergarten],
])("every kind in %s", (_name, creations) => {
  it("has documents of every kind and blanks", () => {
    expect(new Set(creations.map((c) => c.kind))).toEqual(new Set(DOCUMENT_KIND_IDS));
    expect(creations.some((c) => c.fileName.startsWith("Бланк согласия на обработку ПДн"))).toBe(true);
  });

  it("cites АЗ-1128/08 and ст. 351.8 ТК РФ in the orders and the Положение, never Р-145", () => {
    for (const c of creations) {
      expect(c.text, c.fileName).not.toContain("Р-145");
      if (
        c.fileName.startsWith("Приказ № 1") ||
        c.fileName.startsWith("Приказ № ОД-13") ||
        c.kind === "statute"
      ) {
        expect(plain(c.text), c.fileName).toContain("№ АЗ-1128/08");
        expect(plain(c.text), c.fileName).toContain("статьёй 351.8 Трудового кодекса");
      }
    }
  });

  it("leaves no filler and no tag in any document, and says each thing once", () => {
    for (const c of creations) {
      expect(c.text.split("По результатам анкетирования").length, c.fileName).toBeLessThanOrEqual(2);
      expect(c.text, c.fileName).not.toMatch(/не указан|\{\{|\}\}/);
      expect(c.text, c.fileName).not.toMatch(/\.\./);
      // Words about a named person agree with their gender: no «ознакомлен(а)».
      expect(c.text, c.fileName).not.toMatch(/\((а|ая)\)/);
    }
  });

  it("keeps «№ 7», «2026 г.», «152-ФЗ» and initials with their surname on one line", () => {
    for (const c of creations) {
      expect(c.text, c.fileName).not.toMatch(/№ /);
      expect(c.text, c.fileName).not.toMatch(/\d г\./);
      expect(c.text, c.fileName).not.toMatch(/\d-ФЗ/);
      expect(c.text, c.fileName).not.toMatch(/(^|[^\p{L}])\p{Lu}\. \p{Lu}/u);
      expect(c.text, c.fileName).not.toMatch(/\p{Lu}\p{Ll}+ \p{Lu}\.[\s\u00a0]/u);
    }
  });
});

describe("the head's title from «Настройки»", () => {
  it("is «Заведующий» everywhere in a kindergarten: no «руководитель», no «директор»", () => {
    for (const c of kindergarten) {
      expect(c.text, c.fileName).not.toMatch(/[Рр]уководител/);
      expect(c.text, c.fileName).not.toMatch(/[Дд]иректор/);
    }
    const agreement = plain(kindergarten.find((c) => c.kind === "agreement")?.text);
    expect(agreement).toContain("Заведующему МБДОУ «Детский сад № 12»\n");
    expect(agreement).toContain("в лице заведующего Соколовой Ирины Викторовны");
    const order = plain(kindergarten.find((c) => c.kind === "pairs")?.text);
    expect(order).toContain("Заведующий\t______________\tИ. В. Соколова");
  });

  it("gives a kindergarten its own wording in the Положение", () => {
    const statute = plain(kindergarten.find((c) => c.kind === "statute")?.text);
    expect(statute).toContain("воспитания воспитанников, в планировании и проведении занятий");
    expect(statute).toContain("«опытный воспитатель — воспитатель, испытывающий затруднения»");
    expect(statute).toContain("утверждается заведующим Организации");
    const schoolStatute = plain(school.find((c) => c.kind === "statute")?.text);
    expect(schoolStatute).toContain("воспитания обучающихся, в планировании и проведении уроков");
    expect(schoolStatute).toContain("утверждается директором Организации");
  });
});

describe("officialese", () => {
  it("declines positions: thanks to a teacher, a consent from a teacher", () => {
    const awards = plain(school.find((c) => c.kind === "awards")?.text);
    expect(awards).toContain(
      "1.1. в номинации «Наставник года» — Кузнецовой Елене Сергеевне, учителю математики;",
    );
    expect(awards).toContain(
      "1.2. в номинации «Лучшая пара» — Васильевой Татьяне Михайловне, учителю биологии и химии, и Ким " +
        "Виктории Евгеньевне, учителю биологии.",
    );
    const agreement = plain(
      school.find((c) => c.kind === "agreement" && c.fileName.includes("Григорьева"))?.text,
    );
    expect(agreement).toContain("от учителя начальных классов Григорьевой Н. И.\n");
  });

  it("approves the Положение by order 1, whose number and date it cites", () => {
    const statute = plain(school.find((c) => c.kind === "statute")?.text);
    expect(statute).toContain("УТВЕРЖДЕНО приказом МБОУ «СОШ № 7»\n");
    expect(statute).toContain("от 1 декабря 2026 г. № ОД-12\n");
    for (const section of [
      "1. Общие положения",
      "4. Порядок формирования наставнических пар (групп)",
      "8. Досрочное прекращение наставничества",
      "9. Мониторинг и оценка результатов наставничества",
      "10. Поощрение наставников",
      "11. Документы системы наставничества",
    ])
      expect(statute).toContain(`\n${section}\n`);
    expect(statute).toContain("не позднее чем за 3 рабочих дня");
  });

  it("lists the roadmap's stages from the order's month on, in the school year of «Настройки»", () => {
    const order = plain(school.find((c) => c.kind === "regulation")?.text);
    const roadmap = order.slice(order.indexOf("Дорожная карта (план мероприятий)"));
    expect(roadmap).not.toMatch(/(Август|Сентябрь|Октябрь|Ноябрь) 2026/i);
    expect(roadmap).toContain("\tДекабрь 2026\tДиректор\n");
    expect(roadmap).toContain("Май 2027");
  });

  it("fills the consent blank for a person who has not signed with lines for the identity document", () => {
    const blank = plain(school.find((c) => c.fileName.startsWith("Бланк согласия на обработку ПДн"))?.text);
    expect(blank).toContain("Я, Романов Денис Валерьевич, учитель физической культуры МБОУ «СОШ № 7»");
    expect(blank).toContain("серия ________ № ______________, выдан «___» ____________ 20___ г.");
    expect(blank).toContain("кем выдан:");
    expect(blank).toContain("Оператор: Муниципальное бюджетное общеобразовательное учреждение");
    expect(blank).toContain("адрес: 624250, Свердловская область, г. Заречный, ул. Ленина, д. 12.");
    expect(blank).toContain("«___» ____________ 20___ г.\t______________\tД. В. Романов");
  });

  it("states the payment from «Настройки», or the act that sets it", () => {
    const byAct = plain(school.find((c) => c.kind === "agreement")?.text);
    expect(byAct).toContain(
      "устанавливается выплата в размере и порядке, установленных положением об оплате труда работников МБОУ «СОШ № 7».",
    );
    const [agreement] = everyDocument({
      mentorPayment: "3 000 руб. в месяц",
      mentorPaymentAct: "коллективным договором",
    }).filter((c) => c.kind === "agreement");
    expect(plain(agreement?.text)).toContain(
      "выплата в размере 3 000 руб. в месяц в порядке, установленном коллективным договором.",
    );
  });
});

/** A table row of a .docx template repeated for a list: opened in its first cell, closed in its last. */
function isRepeatedRow(row: string): boolean {
  const cells = row.split("<w:tc>").slice(1);
  const list = /\{\{#([^}]+)\}\}/.exec(cells[0] ?? "")?.[1];
  return list !== undefined && cells.length > 1 && !!cells.at(-1)?.includes(`{{/${list}}}`);
}

describe("layout of the default templates", () => {
  function isEmpty(block: Block | undefined): boolean {
    return block !== undefined && "paragraph" in block && block.paragraph.trim() === "";
  }

  it.each(ALL_KINDS.map((kind) => [kind.title, kind] as const))(
    "«%s»: headings and the text above a signature are kept with what follows",
    (_title, kind) => {
      const blocks = kind.blocks();
      blocks.forEach((block, index) => {
        if ("paragraph" in block && block.bold && block.paragraph.trim() !== "")
          expect(block.keepWithNext, block.paragraph).toBe(true);
        if (!("table" in block) || !block.table.borderless) return;
        let before = index - 1;
        while (isEmpty(blocks[before])) {
          expect((blocks[before] as { keepWithNext?: boolean }).keepWithNext).toBe(true);
          before--;
        }
        const text = blocks[before];
        if (text !== undefined && "paragraph" in text) expect(text.keepWithNext, text.paragraph).toBe(true);
      });
      const xml = new PizZip(writeDocxTemplate(blocks)).file("word/document.xml")!.asText();
      const tables = xml.split("<w:tbl>").slice(1);
      for (const table of tables.filter((t) => t.includes('w:val="single"')))
        expect(table.slice(0, table.indexOf("</w:tr>"))).toContain("<w:tblHeader/>");
      expect(xml).toContain("<w:keepNext/>");
      // A signature block stays whole: each of its rows but the last is kept with the next, and a row
      // repeated for a list («Ознакомлены») is kept too, so that its copies stay together when filled.
      for (const table of tables.filter((t) => t.includes('w:val="nil"'))) {
        const rows = table.slice(0, table.indexOf("</w:tbl>")).split("<w:tr>").slice(1);
        for (const row of rows.slice(0, -1)) expect(row).toContain("<w:keepNext/>");
        const last = rows.at(-1)!;
        if (isRepeatedRow(last)) expect(last).toContain("<w:keepNext/>");
        else expect(last).not.toContain("<w:keepNext/>");
      }
    },
  );
});

describe("names the coordinator corrected", () => {
  it("wins everywhere the name is declined: the order, the agreement, the awards", () => {
    const workbook = approvedDemo();
    setCell(workbook, MENTORS.name, "Н-001", "Фамилия", "Кравец");
    setCell(workbook, MENTORS.name, "Н-001", "Пол", "М");
    setCell(workbook, MENTORS.name, "Н-001", "Имя", "Иван");
    setCell(workbook, MENTORS.name, "Н-001", "Отчество", "Петрович");
    setCell(workbook, MENTORS.name, "Н-001", "ФИО в дательном падеже", "Кравцу Ивану Петровичу");
    setCell(workbook, MENTORS.name, "Н-001", "Другие падежи ФИО", "вин: Кравца Ивана Петровича; тв: Кравцом");
    setCell(
      workbook,
      MENTEES.name,
      "П-001",
      "ФИО в родительном падеже",
      "Смирновой-Исправленной Алины Дмитриевны",
    );
    const docs = new FakeDocuments();
    const result = generateDocuments(workbook, docs, context, { kinds: ["pairs", "awards"], sameDay: true });
    const order = plain(docs.byKind("pairs")[0]?.text);
    expect(order).toContain(
      "Назначить Кравца Ивана Петровича, учителя математики, наставником Смирновой-Исправленной Алины Дмитриевны",
    );
    expect(plain(docs.byKind("awards")[0]?.text)).toContain("Кравцу Ивану Петровичу, учителю математики");
    expect(result.warnings).toContainEqual(
      "Кравец Иван Петрович (Н-001): в «Другие падежи ФИО» не понято «тв: Кравцом» — пишите «вин: …; твор: …»",
    );
  });
});
