import { QuestionnaireError } from "./errors";

export type CsvDelimiter = "," | ";" | "\t";

const DELIMITERS: readonly CsvDelimiter[] = ["\t", ";", ","];

/**
 * Field counts of the first non-empty records when split by `delimiter`, with the quoting rules of
 * `parseCsv`: a quote opens a quoted field only at its start, a doubled quote inside it is a quote.
 */
function recordWidths(text: string, delimiter: CsvDelimiter, maxRecords: number): number[] {
  const widths: number[] = [];
  let fields = 1;
  let content = false;
  let quoted = false;
  let atFieldStart = true;
  for (let i = 0; i < text.length && widths.length < maxRecords; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') i++;
      else if (ch === '"') quoted = false;
      continue;
    }
    if (ch === '"' && atFieldStart) {
      quoted = true;
      content = true;
      atFieldStart = false;
    } else if (ch === delimiter) {
      fields++;
      content = true;
      atFieldStart = true;
    } else if (ch === "\n" || ch === "\r") {
      if (content) widths.push(fields);
      fields = 1;
      content = false;
      atFieldStart = true;
    } else {
      if (ch !== " ") content = true;
      atFieldStart = false;
    }
  }
  if (content && widths.length < maxRecords) widths.push(fields);
  return widths;
}

/**
 * The delimiter of a CSV text: «,» (Google), «;» (Russian Excel) or tab (Excel's «Текст Юникод»). The one
 * that splits the first records into the same number of fields, more than one, wins — the most fields on
 * a tie; failing that, the one most records agree with the header on; «,» when nothing tells.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const scored = DELIMITERS.map((delimiter) => {
    const widths = recordWidths(text, delimiter, 50);
    const header = widths[0] ?? 1;
    const agreeing = widths.filter((width) => width === header).length;
    return { delimiter, header, consistent: header > 1 && agreeing === widths.length, agreeing };
  }).filter((score) => score.header > 1);
  const consistent = scored.filter((score) => score.consistent).sort((a, b) => b.header - a.header);
  if (consistent[0]) return consistent[0].delimiter;
  const agreeing = scored.sort((a, b) => b.agreeing - a.agreeing || b.header - a.header);
  return agreeing[0]?.delimiter ?? ",";
}

/**
 * Parses CSV text (RFC 4180): quoted fields, doubled quotes inside them, line breaks inside quotes,
 * CRLF / LF / CR line ends, a byte-order mark. A quote inside an unquoted field is kept as a character.
 * The delimiter is detected from the first line unless given. A final line break does not start a record.
 */
export function parseCsv(
  input: string,
  delimiter: CsvDelimiter = detectDelimiter(input.replace(/^\ufeff/, "")),
): string[][] {
  const text = input.replace(/^\ufeff/, "");
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let quoteLine = 0;
  let line = 1;
  let atFieldStart = true;
  const endField = () => {
    row.push(field);
    field = "";
    atFieldStart = true;
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        if (ch === "\n") line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && atFieldStart) {
      quoted = true;
      quoteLine = line;
      atFieldStart = false;
    } else if (ch === delimiter) {
      endField();
    } else if (ch === "\r" || ch === "\n") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      line++;
      endRow();
    } else {
      field += ch;
      atFieldStart = false;
    }
  }
  if (quoted) {
    throw new QuestionnaireError(
      `Файл CSV повреждён: кавычка, открытая в строке ${quoteLine}, не закрыта до конца файла`,
    );
  }
  if (field !== "" || row.length > 0 || !atFieldStart) endRow();
  return rows;
}

/** Writes rows as CSV (RFC 4180, CRLF): fields with the delimiter, quotes, line breaks or edge spaces are quoted. */
export function formatCsv(rows: readonly (readonly string[])[], delimiter: CsvDelimiter = ","): string {
  const needsQuotes = (field: string) =>
    field.includes(delimiter) || /["\r\n]/.test(field) || field !== field.trim();
  return rows
    .map((row) => {
      if (row.length === 1 && row[0] === "") return '""';
      return row
        .map((field) => (needsQuotes(field) ? `"${field.replace(/"/g, '""')}"` : field))
        .join(delimiter);
    })
    .join("\r\n");
}
