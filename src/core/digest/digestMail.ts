import { type CalendarDate, formatDateNumeric } from "../format/dates";
import type { AttentionItem } from "../year/attention";

/** One e-mail as MailApp sends it: a plain text body and the same in simple HTML. */
export interface DigestMail {
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string;
}

export interface DigestInput {
  readonly attention: readonly AttentionItem[];
  readonly today: CalendarDate;
  /** The organisation's short name, or the spreadsheet's name when it is not set. */
  readonly title: string;
  readonly url: string;
}

/** Lines listed in full; a longer list ends with how many more the panel shows. */
export const DIGEST_MAX_ITEMS = 40;

const TURN_OFF =
  "Отключить сводку: «Наставничество → Еженедельная сводка на почту» или «Нет» в параметре «Еженедельная сводка на почту» на листе «Настройки».";

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The weekly digest: the same «Требует внимания» list the panel and `nastavnik status` show. */
export function digestMail(input: DigestInput): DigestMail {
  const date = formatDateNumeric(input.today);
  const count = input.attention.length;
  const shown = input.attention.slice(0, DIGEST_MAX_ITEMS).map((item) => item.text);
  const more =
    count > shown.length
      ? `…и ещё ${count - shown.length}: весь список — в панели («Наставничество → Открыть панель»).`
      : "";
  const heading = `Программа наставничества, ${input.title}: сводка на ${date}.`;
  const listTitle = count ? `Требует внимания (${count}):` : "Ничего не требует внимания.";
  const subject = count
    ? `Наставничество: требует внимания — ${count} (${date})`
    : `Наставничество: всё в порядке (${date})`;

  const body = [
    heading,
    "",
    listTitle,
    ...shown.map((text) => `• ${text}`),
    ...(more ? [more] : []),
    "",
    `Таблица: ${input.url}`,
    "",
    TURN_OFF,
    "",
  ].join("\n");

  const items = shown.map((text) => `<li>${escapeHtml(text)}</li>`).join("");
  const htmlBody = [
    `<p>${escapeHtml(heading)}</p>`,
    `<p><b>${escapeHtml(listTitle)}</b></p>`,
    items ? `<ul>${items}</ul>` : "",
    more ? `<p>${escapeHtml(more)}</p>` : "",
    `<p><a href="${escapeHtml(input.url)}">Открыть таблицу</a></p>`,
    `<p style="color:#5f6368">${escapeHtml(TURN_OFF)}</p>`,
  ].join("");
  return { subject, body, htmlBody };
}
