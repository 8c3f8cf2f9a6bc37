import type { Cell } from "../cell";
import { FINAL_REPORTS } from "../finalReports/sheet";
import { PRACTICES } from "../practices/sheet";
import { SUMMARY } from "../results/summarySheet";
import { defaultRoadmap } from "../roadmap/defaultRoadmap";
import { schoolYearStart } from "../roadmap/schoolYear";
import type { ColumnSpec, SheetSchema } from "./columns";
import {
  CONSENT_STATES,
  FORM_PREFERENCES,
  GENDERS,
  MENTEE_CATEGORIES,
  MENTORING_FORMS,
  PAIR_STATUSES,
  PERSON_STATUSES,
  SOURCES,
  STAGE_STATUSES,
  YES_NO,
} from "./enums";
import { MONITORING } from "./monitoringSheet";
import { PAIR_YEAR_COLUMNS } from "./pairYearColumns";
import { SETTINGS } from "./settings";
import { MEETINGS, PLANS } from "./yearSheets";

const personHead: ColumnSpec[] = [
  { key: "id", header: "ID", type: "text", width: 70, generated: true, note: "Присваивается автоматически" },
  { key: "lastName", header: "Фамилия", type: "text", width: 130 },
  { key: "firstName", header: "Имя", type: "text", width: 110 },
  { key: "middleName", header: "Отчество", type: "text", width: 130 },
  { key: "gender", header: "Пол", type: "enum", options: GENDERS, width: 50 },
  { key: "email", header: "E-mail", aliases: ["Email", "Эл. почта"], type: "email", width: 200 },
  { key: "position", header: "Должность", type: "text", width: 160 },
  { key: "subject", header: "Предмет/направление", type: "text", width: 170 },
  {
    key: "experience",
    header: "Педагогический стаж (лет)",
    aliases: ["Педагогический стаж"],
    type: "integer",
    width: 110,
  },
  {
    key: "unit",
    header: "Структурное подразделение",
    type: "text",
    width: 150,
    note: "Корпус, филиал, отделение; можно оставить пустым",
  },
];

const personConsent: ColumnSpec[] = [
  {
    key: "pdConsent",
    header: "Согласие на обработку ПДн",
    type: "enum",
    options: CONSENT_STATES,
    width: 130,
    note: "Отдельное письменное согласие (152-ФЗ); без него человек не участвует в подборе и документах",
  },
  { key: "pdConsentDate", header: "Дата согласия на ПДн", type: "date", width: 110 },
];

/** Name forms the coordinator writes when the rules decline a name wrongly; empty means «by the rules». */
const personNameForms: ColumnSpec[] = [
  {
    key: "nameGenitive",
    header: "ФИО в родительном падеже",
    type: "text",
    width: 200,
    note: "Только если документы склоняют имя неверно: «Кравца Ивана Петровича»",
  },
  {
    key: "nameDative",
    header: "ФИО в дательном падеже",
    type: "text",
    width: 200,
    note: "Только если документы склоняют имя неверно: «Кравцу Ивану Петровичу»",
  },
  {
    key: "nameCases",
    header: "Другие падежи ФИО",
    type: "text",
    width: 220,
    note: "Через точку с запятой: «вин: Кравца Ивана Петровича; твор: Кравцом Иваном Петровичем; пред: Кравце Иване Петровиче»",
  },
];

const personTail: ColumnSpec[] = [
  { key: "meetingTime", header: "Удобное время для встреч", type: "text", width: 170 },
  { key: "wishes", header: "Пожелания", type: "text", width: 200 },
  {
    key: "choices",
    header: "Выбор после встречи",
    type: "text",
    width: 140,
    note: "ID выбранных после групповой встречи, по порядку предпочтения: «Н-003, Н-001»",
  },
  { key: "status", header: "Статус", type: "enum", options: PERSON_STATUSES, width: 120 },
  {
    key: "remarks",
    header: "Замечания",
    type: "text",
    width: 220,
    generated: true,
    note: "Что не так с анкетой: заполняется при переносе ответов",
  },
  { key: "source", header: "Источник", type: "enum", options: SOURCES, width: 90, generated: true },
  { key: "updated", header: "Обновлено", type: "date", width: 130, generated: true },
  ...personNameForms,
];

export const MENTORS: SheetSchema = {
  key: "mentors",
  name: "Наставники",
  kind: "table",
  frozenRows: 1,
  columns: [
    ...personHead,
    {
      key: "strengths",
      header: "Сильные стороны (компетенции)",
      type: "text",
      width: 260,
      note: "Через запятую, из списка компетенций анкеты",
    },
    {
      key: "capacity",
      header: "Сколько наставляемых готов(а) взять",
      type: "enum",
      // «0»: the mentor takes nobody for now (their answer, or the coordinator's pause).
      options: ["0", "1", "2", "3"],
      width: 120,
    },
    {
      key: "preferredForm",
      header: "Предпочитаемая форма наставничества",
      type: "enum",
      options: FORM_PREFERENCES,
      width: 160,
    },
    ...personConsent,
    {
      key: "mentoringConsent",
      header: "Согласие на наставничество",
      type: "enum",
      options: CONSENT_STATES,
      width: 130,
      note: "Письменное согласие на возложение дополнительных обязанностей (ст. 351.8 ТК РФ)",
    },
    { key: "mentoringConsentDate", header: "Дата согласия на наставничество", type: "date", width: 120 },
    ...personTail,
  ],
};

export const MENTEES: SheetSchema = {
  key: "mentees",
  name: "Наставляемые",
  kind: "table",
  frozenRows: 1,
  columns: [
    ...personHead,
    {
      key: "difficulties",
      header: "Профессиональные затруднения (запросы)",
      type: "text",
      width: 260,
      note: "Через запятую, из списка компетенций анкеты",
    },
    { key: "category", header: "Категория", type: "enum", options: MENTEE_CATEGORIES, width: 160 },
    {
      key: "preferredForm",
      header: "Предпочитаемая форма наставничества",
      type: "enum",
      options: FORM_PREFERENCES,
      width: 160,
    },
    ...personConsent,
    ...personTail,
  ],
};

export const PAIRS: SheetSchema = {
  key: "pairs",
  name: "Пары",
  kind: "table",
  frozenRows: 1,
  columns: [
    { key: "id", header: "ID пары/группы", type: "text", width: 90, generated: true },
    { key: "mentorId", header: "ID наставника", type: "text", width: 90 },
    { key: "mentor", header: "Наставник", type: "text", width: 200 },
    {
      key: "menteeIds",
      header: "ID наставляемых",
      type: "text",
      width: 110,
      note: "Через запятую, если это группа",
    },
    { key: "mentees", header: "Наставляемый(е)", type: "text", width: 240 },
    { key: "form", header: "Форма наставничества", type: "enum", options: MENTORING_FORMS, width: 150 },
    { key: "score", header: "Балл", type: "integer", width: 60, generated: true },
    { key: "explanation", header: "Обоснование", type: "text", width: 320, generated: true },
    {
      key: "status",
      header: "Статус",
      type: "enum",
      options: PAIR_STATUSES,
      width: 110,
      note: "«Запрещена» — такую пару подбор никогда не предложит",
    },
    {
      key: "locked",
      header: "Закреплено",
      type: "enum",
      options: YES_NO,
      width: 90,
      note: "«Да» — повторный подбор не изменит эту строку",
    },
    { key: "start", header: "Дата начала", type: "date", width: 100 },
    { key: "end", header: "Дата окончания", type: "date", width: 100 },
    { key: "documents", header: "Документы", type: "text", width: 240, generated: true },
    { key: "note", header: "Примечание", type: "text", width: 200 },
    ...PAIR_YEAR_COLUMNS,
  ],
};

export const ROADMAP: SheetSchema = {
  key: "roadmap",
  name: "Дорожная карта",
  kind: "table",
  frozenRows: 1,
  columns: [
    { key: "number", header: "№", type: "text", width: 45 },
    { key: "stage", header: "Этап", type: "text", width: 220 },
    { key: "activity", header: "Мероприятие", type: "text", width: 420 },
    { key: "deadline", header: "Сроки", type: "text", width: 170 },
    { key: "responsible", header: "Ответственный", type: "text", width: 190 },
    { key: "expected", header: "Ожидаемый результат", type: "text", width: 240 },
    { key: "status", header: "Статус", type: "enum", options: STAGE_STATUSES, width: 110 },
    { key: "done", header: "Отметка о выполнении", type: "text", width: 200 },
    {
      key: "facts",
      header: "Что показывают данные",
      type: "text",
      width: 280,
      generated: true,
      note: "Пересчитывается «Ходом программы» (офлайн: nastavnik status) по банкам, парам, встречам и «Журналу»",
    },
  ],
  seed: ({ today }) =>
    defaultRoadmap(schoolYearStart(today)).map((item): Cell[] => [
      item.number,
      item.stage,
      item.activity,
      item.deadline,
      item.responsible,
      item.expected,
      "Не начато",
      "",
      "",
    ]),
};

export const SETTINGS_SHEET: SheetSchema = {
  key: "settings",
  name: "Настройки",
  kind: "settings",
  frozenRows: 1,
  columns: [
    { key: "label", header: "Параметр", type: "text", width: 320 },
    { key: "value", header: "Значение", type: "text", width: 320 },
    { key: "hint", header: "Пояснение", type: "text", width: 360 },
  ],
  seed: ({ today }) => SETTINGS.map((spec): Cell[] => [spec.label, spec.defaultValue(today), spec.hint]),
};

export const LOG: SheetSchema = {
  key: "log",
  name: "Журнал",
  kind: "log",
  frozenRows: 1,
  columns: [
    { key: "time", header: "Время", type: "date", width: 150, generated: true },
    { key: "user", header: "Пользователь", type: "text", width: 200, generated: true },
    { key: "action", header: "Действие", type: "text", width: 220, generated: true },
    { key: "result", header: "Результат", type: "text", width: 480, generated: true },
  ],
};

/** Every sheet of the workbook, in the order the tabs are laid out. */
export const WORKBOOK: readonly SheetSchema[] = [
  MENTORS,
  MENTEES,
  PAIRS,
  MEETINGS,
  PLANS,
  ROADMAP,
  MONITORING,
  FINAL_REPORTS,
  PRACTICES,
  SETTINGS_SHEET,
  SUMMARY,
  LOG,
];

export function schemaByKey(key: string): SheetSchema {
  const schema = WORKBOOK.find((candidate) => candidate.key === key);
  if (!schema) throw new Error(`Unknown sheet schema: ${key}`);
  return schema;
}
