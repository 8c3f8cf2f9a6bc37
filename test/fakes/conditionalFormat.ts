import type { Implements } from "./calls";

type Range = GoogleAppsScript.Spreadsheet.Range;
type BooleanCondition = GoogleAppsScript.Spreadsheet.BooleanCondition;
type ConditionalFormatRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type ConditionalFormatRuleBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;

export const BooleanCriteria = { CUSTOM_FORMULA: "CUSTOM_FORMULA" } as const;

/** What a test needs to know of a range handed to a rule: its sheet and its (1-based) area. */
export interface RuleRange {
  readonly sheetName: string;
  readonly area: { row: number; column: number; rows: number; columns: number };
}

function ruleRange(range: Range): RuleRange {
  const area = (range as unknown as { area?: RuleRange["area"] }).area;
  if (!area) throw new Error("Fake supports ranges of the fake spreadsheet only.");
  return { sheetName: range.getSheet().getName(), area: { ...area } };
}

export class FakeBooleanCondition
  implements Implements<BooleanCondition, "getCriteriaType" | "getCriteriaValues" | "getBackground">
{
  constructor(
    readonly formula: string,
    readonly background: string | null,
  ) {}
  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    return BooleanCriteria.CUSTOM_FORMULA as unknown as GoogleAppsScript.Spreadsheet.BooleanCriteria;
  }
  /** A custom formula's one criterion value is the formula itself. */
  getCriteriaValues(): unknown[] {
    return [this.formula];
  }
  getBackground(): string | null {
    return this.background;
  }
}

export class FakeConditionalFormatRule
  implements Implements<ConditionalFormatRule, "getBooleanCondition" | "getRanges">
{
  constructor(
    readonly condition: FakeBooleanCondition,
    readonly ranges: readonly Range[],
  ) {}
  getBooleanCondition(): BooleanCondition {
    return this.condition as unknown as BooleanCondition;
  }
  getRanges(): Range[] {
    return [...this.ranges];
  }
  /** Where the rule applies, for tests. */
  places(): RuleRange[] {
    return this.ranges.map(ruleRange);
  }
}

/**
 * Custom-formula rules only (`whenFormulaSatisfied`), the one kind this project makes.
 * https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder
 */
export class FakeConditionalFormatRuleBuilder
  implements
    Implements<ConditionalFormatRuleBuilder, "whenFormulaSatisfied" | "setBackground" | "setRanges" | "build">
{
  private formula: string | null = null;
  private background: string | null = null;
  private ranges: Range[] = [];

  private get self(): ConditionalFormatRuleBuilder {
    return this as unknown as ConditionalFormatRuleBuilder;
  }

  /**
   * The formula is taken as if the user typed it into a cell, so a formula «must begin with an = or a
   * '+'» (the Sheets API's ConditionValue.userEnteredValue, which this builder fills:
   * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#ConditionValue); text
   * without one would be compared as a plain value, so the fake refuses it.
   */
  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilder {
    if (!/^[=+]/.test(formula)) throw new Error(`Fake: a custom formula must start with «=»: ${formula}`);
    this.formula = formula;
    return this.self;
  }

  /** «Sets the background color … in CSS notation (such as '#ffffff' or 'white')»; null clears it. */
  setBackground(color: string | null): ConditionalFormatRuleBuilder {
    if (color !== null && !/^(#[0-9a-f]{3}|#[0-9a-f]{6}|[a-z]+)$/i.test(color))
      throw new Error(`Exception: Invalid argument: color (${color})`);
    this.background = color;
    return this.self;
  }

  setRanges(ranges: Range[]): ConditionalFormatRuleBuilder {
    this.ranges = [...ranges];
    return this.self;
  }

  /**
   * A rule needs a condition and «the ranges that are formatted if the condition is true», all «on the
   * same grid» (the Sheets API's ConditionalFormatRule:
   * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#ConditionalFormatRule).
   */
  build(): ConditionalFormatRule {
    if (this.formula === null) throw new Error("Fake: a conditional format rule needs a condition.");
    if (this.ranges.length === 0) throw new Error("Fake: a conditional format rule needs ranges.");
    const sheets = new Set(this.ranges.map((range) => ruleRange(range).sheetName));
    if (sheets.size > 1) throw new Error("Exception: All ranges of a rule must be on the same sheet.");
    return new FakeConditionalFormatRule(
      new FakeBooleanCondition(this.formula, this.background),
      this.ranges,
    ) as unknown as ConditionalFormatRule;
  }
}
