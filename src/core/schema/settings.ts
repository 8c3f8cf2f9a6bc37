import { type Cell, type Grid, isBlank, isDate } from "../cell";
import { DIGEST_SETTINGS } from "../digest/settings";
import { dayOf, toIsoDate } from "../format/dates";
import { FORM_OPTIONS, FORM_SETTINGS } from "../intake/formSettings";
import { MATCHING_SETTINGS } from "../pairing/weights";
import { EXTRA_COMPETENCES_SETTING } from "../questionnaires/competences";
import { RESULTS_SETTINGS } from "../results/settings";
import { schoolYearLabel, schoolYearStart } from "../roadmap/schoolYear";
import { YEAR_SETTINGS } from "../year/settings";

export interface SettingSpec {
  readonly key: string;
  /** The label in the «Параметр» column; this is what identifies the row. */
  readonly label: string;
  readonly type: "text" | "integer";
  readonly defaultValue: (today: Date) => string | number;
  readonly hint: string;
  readonly min?: number;
  readonly max?: number;
}

const GENERAL_SETTINGS: readonly SettingSpec[] = [
  {
    key: "orgFullName",
    label: "Полное наименование организации",
    type: "text",
    defaultValue: () => "",
    hint: "Как в уставе: для шапки приказов",
  },
  {
    key: "orgShortName",
    label: "Краткое наименование организации",
    type: "text",
    defaultValue: () => "",
    hint: "Например: МБОУ «СОШ № 1»",
  },
  { key: "city", label: "Город", type: "text", defaultValue: () => "", hint: "Место издания приказов" },
  {
    key: "orgAddress",
    label: "Адрес организации",
    type: "text",
    defaultValue: () => "",
    hint: "Юридический адрес: оператор персональных данных в согласии на их обработку",
  },
  {
    key: "headName",
    label: "ФИО руководителя",
    type: "text",
    defaultValue: () => "",
    hint: "Полностью: Фамилия Имя Отчество",
  },
  {
    key: "headPosition",
    label: "Должность руководителя",
    type: "text",
    defaultValue: () => "Директор",
    hint: "Директор, заведующий и т. п.",
  },
  {
    key: "curatorName",
    label: "Куратор программы наставничества (ФИО)",
    type: "text",
    defaultValue: () => "",
    hint: "Обычно заместитель директора или старший воспитатель",
  },
  {
    key: "curatorPosition",
    label: "Должность куратора",
    type: "text",
    defaultValue: () => "Заместитель директора",
    hint: "Для приказов и программ",
  },
  {
    key: "schoolYear",
    label: "Учебный год",
    type: "text",
    defaultValue: (today) => schoolYearLabel(schoolYearStart(today)),
    hint: "Например: 2026–2027",
  },
  {
    key: "maxMenteesPerMentor",
    label: "Максимум наставляемых у одного наставника",
    type: "integer",
    defaultValue: () => 2,
    hint: "Ограничение при подборе пар, целое от 1 до 10",
    min: 1,
    max: 10,
  },
  {
    key: "programMonths",
    label: "Срок программы наставничества (месяцев)",
    type: "integer",
    defaultValue: () => 9,
    hint: "От 3 месяцев до 3 лет, целое число месяцев",
    min: 3,
    max: 36,
  },
  {
    key: "mentorPayment",
    label: "Выплата наставнику (размер и условия)",
    type: "text",
    defaultValue: () => "",
    hint: "Например: «3 000 руб. в месяц» или «15 % должностного оклада»; пусто — размер по локальному акту",
  },
  {
    key: "mentorPaymentAct",
    label: "Документ, устанавливающий выплату наставнику",
    type: "text",
    defaultValue: () => "",
    hint: "В творительном падеже: «коллективным договором»; пусто — положением об оплате труда работников",
  },
  {
    key: "noticeWorkingDays",
    label: "Срок предупреждения о досрочном прекращении наставничества (рабочих дней)",
    type: "integer",
    defaultValue: () => 3,
    hint: "Для дополнительного соглашения и положения, целое от 1 до 30",
    min: 1,
    max: 30,
  },
  {
    key: "orderNumberPrefix",
    label: "Префикс номера приказа",
    type: "text",
    defaultValue: () => "",
    hint: "Например: «ОД-»; пусто, если не нужен",
  },
  {
    key: "nextOrderNumber",
    label: "Следующий номер приказа",
    type: "integer",
    defaultValue: () => 1,
    hint: "Увеличивается после каждого сформированного приказа",
    min: 1,
    max: 1_000_000,
  },
];

/** Every parameter of «Настройки», in the order the sheet lists them. */
export const SETTINGS: readonly SettingSpec[] = [
  ...GENERAL_SETTINGS,
  EXTRA_COMPETENCES_SETTING,
  ...MATCHING_SETTINGS,
  ...FORM_SETTINGS,
  ...FORM_OPTIONS,
  ...YEAR_SETTINGS,
  ...DIGEST_SETTINGS,
  ...RESULTS_SETTINGS,
];

export type SettingsValues = Record<string, string | number>;

export interface SettingProblem {
  readonly label: string;
  readonly message: string;
}

/**
 * Reads the key/value rows of «Настройки» (label in the first column, value in the second),
 * falling back to defaults and reporting, in Russian, what could not be used.
 */
export function readSettings(
  rows: Grid,
  today: Date,
  specs: readonly SettingSpec[] = SETTINGS,
): { values: SettingsValues; problems: SettingProblem[] } {
  const byLabel = new Map<string, Cell>();
  for (const row of rows) {
    const label = typeof row[0] === "string" ? row[0].trim() : "";
    if (label && !byLabel.has(label)) byLabel.set(label, row[1] ?? "");
  }
  const values: SettingsValues = {};
  const problems: SettingProblem[] = [];
  for (const spec of specs) {
    const raw = byLabel.get(spec.label);
    const fallback = spec.defaultValue(today);
    if (raw === undefined || isBlank(raw)) {
      values[spec.key] = fallback;
      continue;
    }
    if (spec.type === "text") {
      // A date typed into a text setting: the day the sheet shows, not the UTC instant's day.
      const day = isDate(raw) ? dayOf(raw) : null;
      values[spec.key] = day ? toIsoDate(day) : String(raw).trim();
      continue;
    }
    const number = typeof raw === "number" ? raw : Number(String(raw).trim().replace(",", "."));
    const min = spec.min ?? Number.NEGATIVE_INFINITY;
    const max = spec.max ?? Number.POSITIVE_INFINITY;
    if (!Number.isInteger(number) || number < min || number > max) {
      problems.push({
        label: spec.label,
        message: `«${spec.label}»: ожидается целое число от ${spec.min} до ${spec.max}, указано «${String(raw)}»; использовано ${fallback}`,
      });
      values[spec.key] = fallback;
      continue;
    }
    values[spec.key] = number;
  }
  return { values, problems };
}
