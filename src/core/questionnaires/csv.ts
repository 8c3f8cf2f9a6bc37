import { QuestionnaireError } from "./errors";

export type CsvDelimiter = "," | ";" | "\t";

/** The delimiter of the first record: the most frequent of «,», «;» and tab outside quotes («,» on a tie). */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && (ch === "," || ch === ";" || ch === "\t")) counts[ch]++;
  }
  if (counts[";"] > counts[","] && counts[";"] >= counts["\t"]) return ";";
  if (counts["\t"] > counts[","] && counts["\t"] > counts[";"]) return "\t";
  return ",";
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
