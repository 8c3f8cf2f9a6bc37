import type { SettingSpec, SettingsValues } from "../schema/settings";

/** «Настройки» of the weekly e-mail digest: off until a coordinator turns it on. */
export const DIGEST_SETTINGS: readonly SettingSpec[] = [
  {
    key: "weeklyDigest",
    label: "Еженедельная сводка на почту",
    type: "text",
    defaultValue: () => "Нет",
    hint: "«Да» — по понедельникам около 8:00 письмо со списком «Требует внимания». Включается и выключается пунктом меню «Еженедельная сводка на почту»",
  },
  {
    key: "digestEmail",
    label: "Адрес для еженедельной сводки",
    type: "text",
    defaultValue: () => "",
    hint: "Пусто — адрес того, кто включил сводку; несколько адресов — через запятую",
  },
];

export function digestEnabled(settings: SettingsValues): boolean {
  return (
    String(settings.weeklyDigest ?? "")
      .trim()
      .toLowerCase() === "да"
  );
}

/** The addresses of the digest, or those of `fallback` (who turned it on) when the setting is empty. */
export function digestRecipients(settings: SettingsValues, fallback = ""): string[] {
  const given = String(settings.digestEmail ?? "").trim() || fallback;
  return given
    .split(/[,;\s]+/)
    .map((address) => address.trim())
    .filter((address) => address !== "");
}

/** Whether a text is an e-mail address as the digest setting takes it: one «@», a dot in the domain. */
export function isEmailAddress(text: string): boolean {
  return /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/.test(text);
}
