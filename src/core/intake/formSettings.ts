import type { QuestionnaireKey } from "../questionnaires/types";
import type { SettingSpec } from "../schema/settings";

/** The forms, in the order they are created and listed. */
export const FORM_KEYS: readonly QuestionnaireKey[] = [
  "mentor",
  "mentee",
  "groupMeeting",
  "monitoring",
  "finalReport",
  "practice",
];

/** How each form is named in «Настройки» and in messages. */
export const FORM_NAMES: Readonly<Record<QuestionnaireKey, string>> = {
  mentor: "Анкета наставника",
  mentee: "Анкета наставляемого",
  groupMeeting: "Анкета после групповой встречи",
  monitoring: "Анкета мониторинга",
  finalReport: "Итоговый отчёт наставника",
  practice: "Практика наставничества",
};

const HINT =
  "Заполняется командой «Создать анкеты». Очистите, чтобы при следующем запуске создать форму заново";

function capitalized(key: string): string {
  return key.charAt(0).toUpperCase() + key.slice(1);
}

export function idSpec(key: QuestionnaireKey): SettingSpec {
  return {
    key: `form${capitalized(key)}Id`,
    label: `${FORM_NAMES[key]}: ID формы`,
    type: "text",
    defaultValue: () => "",
    hint: HINT,
  };
}

export function urlSpec(key: QuestionnaireKey): SettingSpec {
  return {
    key: `form${capitalized(key)}Url`,
    label: `${FORM_NAMES[key]}: ссылка для участников`,
    type: "text",
    defaultValue: () => "",
    hint: "Эту ссылку отправляют участникам; заполняется командой «Создать анкеты»",
  };
}

/** Whether teachers without a Google account may answer (typing their e-mail), or must sign in. */
export const ANSWER_WITHOUT_ACCOUNT: SettingSpec = {
  key: "answerWithoutAccount",
  label: "Анкеты: отвечать без входа в Google",
  type: "text",
  defaultValue: () => "нет",
  hint: "«да» — ответить может и учитель без аккаунта Google, указав e-mail вручную (адрес не проверяется); «нет» — только войдя в Google. Применяется при «Создать анкеты»",
};

/**
 * The rows of «Настройки» that record the created forms; to be added to SETTINGS. This file imports only
 * types, so that schema/settings.ts can import it without a cycle.
 */
export const FORM_SETTINGS: readonly SettingSpec[] = FORM_KEYS.flatMap((key) => [idSpec(key), urlSpec(key)]);

/** How the forms take answers; to be added to SETTINGS after the forms' rows. */
export const FORM_OPTIONS: readonly SettingSpec[] = [ANSWER_WITHOUT_ACCOUNT];
