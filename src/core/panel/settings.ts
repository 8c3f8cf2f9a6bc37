/** The few parameters of «Настройки» the panel lets the coordinator edit; the rest stay on the sheet. */
import { cellText } from "../cell";
import { readSettingsFrom } from "../pairing/proposePairs";
import type { Context, WorkbookPort } from "../ports";
import { SETTINGS } from "../schema/settings";
import { updateSettings } from "../settings/updateSettings";

export const PANEL_SETTINGS = [
  "orgFullName",
  "orgShortName",
  "orgCode",
  "city",
  "orgAddress",
  "headName",
  "headPosition",
  "curatorName",
  "curatorPosition",
  "schoolYear",
  "programMonths",
  "maxMenteesPerMentor",
] as const;

export interface SettingField {
  readonly key: string;
  readonly label: string;
  readonly hint: string;
  readonly value: string;
}

export function panelSettings(port: WorkbookPort, context: Context): SettingField[] {
  const { values } = readSettingsFrom(port, context);
  return PANEL_SETTINGS.map((key) => {
    const spec = SETTINGS.find((candidate) => candidate.key === key)!;
    return { key, label: spec.label, hint: spec.hint, value: cellText(values[key] ?? "") };
  });
}

/** Writes the edited values (whole numbers as numbers); a Russian error names a wrong number. */
export function savePanelSettings(port: WorkbookPort, values: Readonly<Record<string, string>>): string {
  const update: Record<string, string | number> = {};
  for (const key of PANEL_SETTINGS) {
    const value = values[key];
    if (value === undefined) continue;
    const spec = SETTINGS.find((candidate) => candidate.key === key)!;
    if (spec.type === "integer") {
      const number = Number(value.trim());
      if (
        !Number.isInteger(number) ||
        number < (spec.min ?? 0) ||
        number > (spec.max ?? Number.MAX_SAFE_INTEGER)
      )
        throw new Error(
          `«${spec.label}»: укажите целое число от ${spec.min} до ${spec.max}. Ничего не сохранено.`,
        );
      update[key] = number;
    } else update[key] = value.trim();
  }
  updateSettings(port, update);
  return "Настройки сохранены.";
}
