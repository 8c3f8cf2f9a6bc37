import type { SettingSpec } from "../schema/settings";

/** «Настройки» of the year's results: how the municipal body knows the organisation in the indicators file. */
export const RESULTS_SETTINGS: readonly SettingSpec[] = [
  {
    key: "orgCode",
    label: "ИНН/код организации",
    type: "text",
    defaultValue: () => "",
    hint: "ИНН или код организации в муниципальной системе: первый столбец файла показателей",
  },
];
