import { parseRussianDate } from "../format/dates";
import type { EarlyEndRequest, EndInitiator } from "./earlyEnd";
import { EarlyEndError } from "./earlyEnd";

const INITIATORS: ReadonlyArray<readonly [RegExp, EndInitiator]> = [
  [/^наставни/i, "mentor"],
  [/^работодат|^руковод|^директор|^заведующ/i, "employer"],
];

export const EARLY_END_PROMPT =
  "Через точку с запятой: ID пары; кто прекращает — наставник или работодатель; дата письменного " +
  "уведомления дд.мм.гггг (пусто — сегодня); последний день наставничества (пусто — самый ранний по закону); " +
  "основание (необязательно). Например: ПР-003; наставник; 01.12.2026";

/** Reads the one-line answer of «Досрочно прекратить пару»; a Russian error names what is wrong. */
export function parseEarlyEndAnswer(answer: string): EarlyEndRequest {
  const [pairId = "", by = "", notice = "", end = "", ...reason] = answer
    .split(";")
    .map((part) => part.trim());
  if (!pairId) throw new EarlyEndError("Укажите ID пары, например: ПР-003; наставник; 01.12.2026.");
  const initiator = INITIATORS.find(([pattern]) => pattern.test(by))?.[1];
  if (!initiator)
    throw new EarlyEndError("Укажите, кто прекращает наставничество: «наставник» или «работодатель».");
  const date = (text: string, what: string) => {
    if (!text) return undefined;
    const day = parseRussianDate(text);
    if (!day) throw new EarlyEndError(`${what}: укажите дату в виде дд.мм.гггг, например 15.01.2027.`);
    return day;
  };
  return {
    pairId,
    initiator,
    noticeDate: date(notice, "Дата уведомления"),
    endDate: date(end, "Последний день наставничества"),
    reason: reason.join("; ") || undefined,
  };
}
