/**
 * The parts every order shares, laid out as Russian school orders are: the organisation centred and bold,
 * «ПРИКАЗ», the date on the left and the number on the right (a borderless two-column table, which Word,
 * LibreOffice and Google Docs all keep on one line), the city, the heading «О …», the preamble,
 * «ПРИКАЗЫВАЮ:», numbered points, the head's signature and «С приказом ознакомлены».
 */
import { typography } from "../../format/typography";
import { type Block, loopRow } from "../../template/blocks";

/**
 * The legal basis every order of the programme cites: the Labour Code (art. 351.8, mentoring by a
 * teacher with their written consent), the law on education and the Ministry's recommendations on
 * mentoring of teachers. Р-145 (mentoring of pupils) is not the basis of this system; a coordinator who
 * wants it cites it in their own template.
 */
export const LEGAL_BASIS =
  "статьёй 351.8 Трудового кодекса Российской Федерации, Федеральным законом от 29.12.2012 № 273-ФЗ " +
  "«Об образовании в Российской Федерации», методическими рекомендациями по разработке и внедрению " +
  "системы (целевой модели) наставничества педагогических работников в образовательных организациях " +
  "(письмо Минпросвещения России от 21.12.2021 № АЗ-1128/08 и Общероссийского Профсоюза образования " +
  "от 21.12.2021 № 657)";

export const EMPTY: Block = { paragraph: "" };

function isEmptyParagraph(block: Block | undefined): boolean {
  return block !== undefined && "paragraph" in block && block.paragraph.trim() === "";
}

/** A borderless table: a signature block, a date line, an addressee, the list of those who read an order. */
function isSignatureBlock(block: Block): boolean {
  return "table" in block && block.table.borderless === true;
}

/**
 * The default templates as a secretary would set them: Russian typography in the text (`typography`:
 * «№ 152-ФЗ», «2027 г.» kept on one line), headings and lines ending in «:» kept with what follows, and a
 * signature block kept whole and with the text above it (back to the last line of text), so that no
 * signature stands alone on a page.
 */
export function typeset(blocks: readonly Block[]): Block[] {
  const out = blocks.map((block): Block => {
    if ("paragraph" in block) {
      const paragraph = typography(block.paragraph);
      const heading = block.bold === true || /:\s*$/.test(paragraph);
      return heading && paragraph.trim() !== ""
        ? { ...block, paragraph, keepWithNext: true }
        : { ...block, paragraph };
    }
    if ("table" in block) {
      const { header, rows } = block.table;
      return {
        table: {
          ...block.table,
          header: header.map(typography),
          rows: rows.map((row) => row.map(typography)),
          ...(isSignatureBlock(block) ? { keepTogether: true } : {}),
        },
      };
    }
    return block;
  });
  for (let i = 0; i < out.length; i++) {
    const block = out[i]!;
    if (!("table" in block) || block.table.borderless !== true) continue;
    for (let j = i - 1; j >= 0; j--) {
      const before = out[j]!;
      if (!("paragraph" in before)) break;
      out[j] = { ...before, keepWithNext: true };
      if (!isEmptyParagraph(before)) break;
    }
  }
  return out;
}

/** Running text: justified with a first-line indent. */
export function text(paragraph: string): Block {
  return { paragraph, align: "justify", indent: true };
}

export function orderHead(heading: string): Block[] {
  return [
    { paragraph: "{{Организация}}", align: "center", bold: true },
    EMPTY,
    { paragraph: "ПРИКАЗ", align: "center", bold: true, size: 16 },
    EMPTY,
    {
      table: {
        header: [],
        rows: [["{{Дата приказа|кавычки}}", "№\u00a0{{Номер приказа}}"]],
        borderless: true,
        align: ["left", "right"],
        size: 14,
      },
    },
    { paragraph: "{{Город}}", align: "center" },
    EMPTY,
    { paragraph: heading, align: "center", bold: true },
    EMPTY,
  ];
}

/** The preamble ending in «ПРИКАЗЫВАЮ:» on a line of its own. */
export function preamble(paragraph: string): Block[] {
  return [text(paragraph), { paragraph: "ПРИКАЗЫВАЮ:", bold: true }];
}

/** The last point, the head's signature and the list of those who read the order. */
export function orderEnd(controlPoint: string): Block[] {
  return [
    text(`${controlPoint}. Контроль за исполнением настоящего приказа оставляю за собой.`),
    EMPTY,
    EMPTY,
    signatureLine("{{Должность руководителя}}", "{{Руководитель|инициалы}}"),
    EMPTY,
    { paragraph: "С приказом ознакомлены:" },
    signatureTable(
      [loopRow("Ознакомлены", ["{{Сотрудник|кратко}}", SIGN, "«___» __________ {{Дата приказа|год}} г."])],
      14,
      [4.5, 3, 4.5],
    ),
  ];
}

/** A line to sign on: who (or a date) on the left, the line in the middle, the name on the right. */
export const SIGN = "______________";

/**
 * Rows laid out as signatures are: a borderless three-column table, left / centre / right, so that
 * Word, LibreOffice and Google Docs all keep each signature on one line.
 */
export function signatureTable(rows: readonly (readonly string[])[], size = 14, widths = [5, 3, 4]): Block {
  return {
    table: { header: [], rows, widths, borderless: true, align: ["left", "center", "right"], size },
  };
}

/** «Директор ______ И. В. Соколова». */
export function signatureLine(position: string, name: string): Block {
  return signatureTable([[position, SIGN, name]]);
}

/** A new page headed «Приложение [2] к приказу … от … № …» and the appendix title. */
export function appendixHead(title: string, number = ""): Block[] {
  return [
    { pageBreak: true },
    {
      paragraph: `Приложение${number === "" ? "" : ` ${number}`}\nк приказу {{Организация кратко}}\nот {{Дата приказа|текстом}} №\u00a0{{Номер приказа}}`,
      align: "right",
    },
    EMPTY,
    { paragraph: title, align: "center", bold: true },
    EMPTY,
  ];
}
