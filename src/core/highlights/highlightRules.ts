import { columnLetter } from "../a1";
import type { SheetSchema } from "../schema/columns";
import { SETTINGS, type SettingSpec } from "../schema/settings";
import { PAIRS, ROADMAP, SETTINGS_SHEET } from "../schema/sheets";
import { PLANS } from "../schema/yearSheets";

/**
 * A fill the spreadsheet shows while a formula holds for a row — conditional formatting, described once
 * here and applied by setup in Google Sheets and in the .xlsx alike.
 */
export interface HighlightRule {
  /** Tells the rule apart from the coordinator's own: it is written into the formula (see `HIGHLIGHT_TAG`). */
  readonly name: string;
  /** The columns whose cells are filled, or the whole row (every header cell). */
  readonly paint: "row" | readonly string[];
  /**
   * Conditions that must all hold, in spreadsheet formula language (English function names, commas):
   * `{key}` stands for the row's cell in that column, `{setting:key}` for the value of a «Настройки» parameter.
   */
  readonly conditions: readonly string[];
  /** CSS colour, «#rrggbb». */
  readonly fill: string;
}

/** Light red: what is overdue. */
export const OVERDUE_FILL = "#f4cccc";

/** Our rules' formulas start with this; `N("…")` of a text is 0 in Sheets and Excel, so it changes nothing. */
export const HIGHLIGHT_TAG = "Наставничество: ";

const NOT_DONE = (column: string) => `LOWER(TRIM({${column}}))<>"выполнено"`;
const PASSED = (column: string) => [`ISNUMBER({${column}})`, `{${column}}<TODAY()`];

/** Every sheet's rules, by schema key; the conditions follow «Требует внимания» (core/year/attention.ts). */
export const HIGHLIGHT_RULES: Readonly<Record<string, readonly HighlightRule[]>> = {
  [ROADMAP.key]: [
    {
      name: "срок пункта дорожной карты прошёл",
      paint: "row",
      conditions: [...PASSED("dueDate"), NOT_DONE("status")],
      fill: OVERDUE_FILL,
    },
  ],
  [PLANS.key]: [
    {
      name: "срок пункта плана прошёл",
      paint: "row",
      conditions: [...PASSED("due"), NOT_DONE("mark")],
      fill: OVERDUE_FILL,
    },
  ],
  [PAIRS.key]: [
    {
      name: "встреч нет дольше, чем указано в настройках",
      paint: ["daysWithoutMeeting"],
      conditions: [
        `{status}="Утверждена"`,
        "ISNUMBER({daysWithoutMeeting})",
        "{daysWithoutMeeting}>{setting:daysWithoutMeetingAlert}",
      ],
      fill: OVERDUE_FILL,
    },
    {
      name: "просрочены пункты плана",
      paint: ["planOverdue"],
      conditions: [`{status}="Утверждена"`, "ISNUMBER({planOverdue})", "{planOverdue}>0"],
      fill: OVERDUE_FILL,
    },
  ],
};

/** One rule at its place in the sheet: the formula is written for the range's top-left cell. */
export interface Highlight {
  /** Without the leading «=» (the .xlsx stores it so; Google's adapter adds it). */
  readonly formula: string;
  readonly fill: string;
  /** 0-based first row and column of the range; it runs to the sheet's last row. */
  readonly row: number;
  readonly column: number;
  readonly columns: number;
}

/** Where the rules find a sheet's columns: 0-based positions by key, as setup placed them. */
export interface HighlightPlacement {
  readonly frozenRows: number;
  readonly headerWidth: number;
  readonly positions: ReadonlyMap<string, number>;
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A parameter's current value, looked up on «Настройки» by its label, so that a changed setting changes
 * the colour without running setup again. Another sheet is reachable from a rule only through INDIRECT
 * in Sheets; Excel reads it the same way. The label and the value are the first two columns of
 * «Настройки», as setup lays them out. An empty or unreadable value counts as the default, as
 * `readSettings` does (a number out of the setting's range is taken as it is).
 */
function settingLookup(spec: SettingSpec, today: Date): string {
  const range = quoted(`'${SETTINGS_SHEET.name}'!A:B`);
  const fallback = spec.defaultValue(today);
  return `IFERROR(VALUE(VLOOKUP(${quoted(spec.label)},INDIRECT(${range}),2,FALSE)),${fallback})`;
}

/** The formula of a rule at a placement, or null when one of its columns is not in the sheet. */
export function highlightFormula(
  rule: HighlightRule,
  placement: HighlightPlacement,
  today: Date,
): string | null {
  const firstRow = placement.frozenRows + 1;
  let missing = false;
  const resolve = (condition: string) =>
    condition.replace(/\{(setting:)?(\w+)\}/g, (_, setting: string | undefined, key: string) => {
      if (setting) {
        const spec = SETTINGS.find((candidate) => candidate.key === key);
        if (!spec) throw new Error(`Unknown setting: ${key}`);
        return settingLookup(spec, today);
      }
      const position = placement.positions.get(key);
      if (position === undefined) {
        missing = true;
        return "";
      }
      return `$${columnLetter(position)}${firstRow}`;
    });
  const conditions = rule.conditions.map(resolve);
  if (missing) return null;
  return `AND(N(${quoted(`${HIGHLIGHT_TAG}${rule.name}`)})=0,${conditions.join(",")})`;
}

/** Whether a conditional formatting formula is one of ours: it carries the tag, wherever a spreadsheet put it. */
export function isOurHighlight(formula: string): boolean {
  return formula.includes(`N("${HIGHLIGHT_TAG}`);
}

/**
 * The sheet's rules at their places, one range per painted column (or one for the row); undefined for a
 * sheet that has none, so that adapters leave its conditional formatting alone.
 */
export function highlightsFor(
  schema: SheetSchema,
  placement: HighlightPlacement,
  today: Date,
): Highlight[] | undefined {
  const rules = HIGHLIGHT_RULES[schema.key];
  if (!rules) return undefined;
  return rules.flatMap((rule): Highlight[] => {
    const formula = highlightFormula(rule, placement, today);
    if (formula === null) return [];
    const row = placement.frozenRows;
    if (rule.paint === "row")
      return [{ formula, fill: rule.fill, row, column: 0, columns: Math.max(placement.headerWidth, 1) }];
    return rule.paint.flatMap((key) => {
      const column = placement.positions.get(key);
      return column === undefined ? [] : [{ formula, fill: rule.fill, row, column, columns: 1 }];
    });
  });
}
