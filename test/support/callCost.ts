/**
 * What the counted service calls (serviceCalls.ts) would cost in Apps Script: a small table of per-call
 * times. These are ESTIMATES, not measurements of this project: Google publishes limits (the quotas
 * page, https://developers.google.com/apps-script/guides/services/quotas — 6 min per execution, 90 min /
 * 6 h of triggers a day, 250 / 1 500 documents created a day) and advice (the best-practices page,
 * https://developers.google.com/apps-script/guides/support/best-practices — «calls to other services
 * are slow: batch them»), but no latencies. The figures are the ranges commonly measured and reported
 * by Apps Script developers (execution transcripts, `console.time` around single calls); `typical` is
 * what the budgets use, `low`–`high` what `npm run bench` prints beside it.
 */
import type { ServiceCalls } from "./serviceCalls";

export interface CallCost {
  /** Calls whose «Class.method» name matches. */
  readonly match: RegExp;
  readonly what: string;
  /** Milliseconds per call. */
  readonly low: number;
  readonly typical: number;
  readonly high: number;
}

/** First match wins. */
export const CALL_COSTS: readonly CallCost[] = [
  {
    match: /^Drive\.Files\.create$/,
    what: "Drive API: загрузка .docx с преобразованием в Google Документ",
    low: 1000,
    typical: 1500,
    high: 3000,
  },
  { match: /^Drive\.Files\./, what: "Drive API: прочие вызовы", low: 200, typical: 300, high: 600 },
  { match: /^DriveFile\.makeCopy$/, what: "копия файла в Drive", low: 1000, typical: 1500, high: 2000 },
  { match: /^DriveFile\.getAs$/, what: "PDF из документа", low: 1000, typical: 2000, high: 3000 },
  {
    match: /^(DocumentApp\.(openById|create)|Document\.saveAndClose)$/,
    what: "открыть, создать или сохранить Google Документ",
    low: 500,
    typical: 1000,
    high: 1500,
  },
  {
    match: /^(Document|Body|Paragraph|ListItem|Table|TableRow|TableCell|Text|PageBreak)\./,
    what: "элемент Google Документа",
    low: 3,
    typical: 5,
    high: 10,
  },
  {
    match: /^(DriveApp|DriveFile|Folder|Iterator)\./,
    what: "DriveApp: файл, папка, поиск",
    low: 150,
    typical: 250,
    high: 400,
  },
  { match: /^(Blob|Utilities)\./, what: "Blob, Utilities (в памяти)", low: 1, typical: 3, high: 10 },
  { match: /^(Ui|Menu)\./, what: "окно, меню", low: 100, typical: 200, high: 300 },
  { match: /^(FormApp|Form|Item|TextValidation)/, what: "Google Формы", low: 100, typical: 200, high: 300 },
  { match: /^(ScriptApp|Trigger)/, what: "триггеры", low: 100, typical: 200, high: 300 },
  { match: /^(LockService|Lock)\./, what: "блокировка", low: 20, typical: 50, high: 100 },
  { match: /^(PropertiesService|Properties)\./, what: "свойства документа", low: 20, typical: 40, high: 60 },
  { match: /^Session\./, what: "сеанс", low: 5, typical: 10, high: 20 },
  {
    match: /^Spreadsheet\.toast$/,
    what: "всплывающее сообщение",
    low: 50,
    typical: 100,
    high: 200,
  },
  {
    match: /./,
    what: "таблица: лист, диапазон, чтение и запись",
    low: 50,
    typical: 75,
    high: 100,
  },
];

/**
 * Script time per document outside service calls: docxtemplater filling the template and zipping it.
 * Measured at ≈ 40–70 ms a document in Node (`npm run bench`); Apps Script's V8 is taken as 1.5–4
 * times slower, an assumption, since Google publishes no figures.
 */
export const RENDER_SECONDS = { low: 0.05, typical: 0.1, high: 0.3 } as const;

export interface Estimate {
  readonly calls: number;
  /** Seconds. */
  readonly low: number;
  readonly typical: number;
  readonly high: number;
  /** Calls and typical seconds by cost row, costliest first. */
  readonly byRow: readonly { readonly what: string; readonly calls: number; readonly seconds: number }[];
}

export function costOf(name: string): CallCost {
  const row = CALL_COSTS.find((cost) => cost.match.test(name));
  if (!row) throw new Error(`no cost for ${name}`);
  return row;
}

/** The estimated time of the counted calls, plus the script's own work for `documents` rendered. */
export function estimate(calls: ServiceCalls | ReadonlyMap<string, number>, documents = 0): Estimate {
  const counts = calls instanceof Map ? calls : (calls as ServiceCalls).counts;
  let low = 0;
  let typical = 0;
  let high = 0;
  let total = 0;
  const rows = new Map<string, { what: string; calls: number; seconds: number }>();
  for (const [name, count] of counts) {
    const cost = costOf(name);
    low += cost.low * count;
    typical += cost.typical * count;
    high += cost.high * count;
    total += count;
    const row = rows.get(cost.what) ?? { what: cost.what, calls: 0, seconds: 0 };
    row.calls += count;
    row.seconds += (cost.typical * count) / 1000;
    rows.set(cost.what, row);
  }
  if (documents > 0)
    rows.set("render", {
      what: "заполнение .docx в скрипте",
      calls: 0,
      seconds: documents * RENDER_SECONDS.typical,
    });
  return {
    calls: total,
    low: low / 1000 + documents * RENDER_SECONDS.low,
    typical: typical / 1000 + documents * RENDER_SECONDS.typical,
    high: high / 1000 + documents * RENDER_SECONDS.high,
    byRow: [...rows.values()].sort((a, b) => b.seconds - a.seconds),
  };
}
