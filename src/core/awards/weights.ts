import type { SettingProblem, SettingsValues } from "../schema/settings";
import { AWARD_WEIGHT_SETTINGS } from "./settings";

/** The four components of a candidate's score. */
export const COMPONENTS = ["plan", "meetings", "satisfaction", "finalReport"] as const;
export type Component = (typeof COMPONENTS)[number];

export type AwardWeights = Readonly<Record<Component, number>>;

const SETTING_OF: Readonly<Record<Component, string>> = {
  plan: "awardWeightPlan",
  meetings: "awardWeightMeetings",
  satisfaction: "awardWeightSatisfaction",
  finalReport: "awardWeightFinalReport",
};

export const DEFAULT_WEIGHTS: AwardWeights = { plan: 40, meetings: 20, satisfaction: 30, finalReport: 10 };

/**
 * The weights from «Настройки». A weight the sheet could not use (negative, not a whole number) is
 * refused rather than silently replaced by its default: a ranking decides who is rewarded.
 */
export function awardWeights(
  settings: SettingsValues,
  problems: readonly SettingProblem[] = [],
): AwardWeights {
  const labels = new Set(AWARD_WEIGHT_SETTINGS.map((spec) => spec.label));
  const problem = problems.find((one) => labels.has(one.label));
  if (problem !== undefined)
    throw new Error(
      `${problem.message.replace(/; использовано .*$/, "")} — исправьте вес на листе «Настройки».`,
    );
  const weights = Object.fromEntries(
    COMPONENTS.map((component) => [
      component,
      Number(settings[SETTING_OF[component]] ?? DEFAULT_WEIGHTS[component]),
    ]),
  ) as Record<Component, number>;
  checkWeights(weights);
  return weights;
}

/** Non-negative and not all zero; one Russian line otherwise. */
export function checkWeights(weights: AwardWeights): void {
  const bad = COMPONENTS.find((component) => !Number.isFinite(weights[component]) || weights[component] < 0);
  if (bad !== undefined)
    throw new Error("Веса рейтинга наград на листе «Настройки» должны быть неотрицательными числами.");
  if (COMPONENTS.every((component) => weights[component] === 0))
    throw new Error(
      "Все веса рейтинга наград на листе «Настройки» равны нулю: задайте хотя бы один больше нуля.",
    );
}
