import { describe, expect, it } from "vitest";
import { CHART_IDS, CHART_TITLES } from "../../src/core/results/charts";
import { SUMMARY } from "../../src/core/results/summarySheet";
import { MENTEES, MENTORS, PAIRS } from "../../src/core/schema/sheets";
import { mapColumns, readRecords } from "../../src/core/schema/table";
import { MEETINGS } from "../../src/core/schema/yearSheets";
import { summaryChartImages } from "../../src/gas/charts";
import { DEMO_MENTEES, DEMO_MENTORS } from "../../src/node/demo/demoPeople";
import { ChartType, type FakeEmbeddedChart } from "../fakes/charts";
import type { FakeSpreadsheet } from "../fakes/spreadsheet";
import { fillBank, loadBundle } from "../support/bundle";

function typeMeeting(spreadsheet: FakeSpreadsheet, pairId: string, date: Date) {
  const sheet = spreadsheet.sheet(MEETINGS.name);
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[];
  const map = mapColumns(MEETINGS, header);
  const row = header.map(() => "" as unknown);
  row[map.get("pairId")!] = pairId;
  row[map.get("date")!] = date;
  sheet.getRange(sheet.getLastRow() + 1, 1, 1, header.length).setValues([row as never]);
}

/** A school with approved pairs, ready for «Сводка». */
function schoolWithPairs() {
  const bundle = loadBundle();
  const { spreadsheet } = bundle.world;
  bundle.call("menuSetup");
  fillBank(spreadsheet, MENTORS, DEMO_MENTORS);
  fillBank(spreadsheet, MENTEES, DEMO_MENTEES);
  bundle.call("menuMatch");
  const pairs = readRecords(PAIRS, spreadsheet.sheet(PAIRS.name).getDataRange().getValues() as never).records;
  spreadsheet.selection = { sheet: PAIRS.name, rows: [[2, 1 + pairs.length]] };
  bundle.call("menuApprove");
  const approved = readRecords(PAIRS, spreadsheet.sheet(PAIRS.name).getDataRange().getValues() as never)
    .records.filter(({ record }) => record.status === "Утверждена")
    .map(({ record }) => String(record.id));
  return { bundle, spreadsheet, approved, sheet: spreadsheet.sheet(SUMMARY.name) };
}

function ours(spreadsheet: FakeSpreadsheet): FakeEmbeddedChart[] {
  return spreadsheet.sheet(SUMMARY.name).embedded.charts;
}

/** What the chart's picture shows (the fake draws its type, title and data). */
function drawn(chart: FakeEmbeddedChart): string {
  return (chart.getAs("image/png") as unknown as { text: string }).text;
}

function chartData(chart: FakeEmbeddedChart): unknown[][] {
  return chart.state.ranges[0]!.getValues();
}

describe("the charts on «Сводка» through the uploaded script", () => {
  it("are created once, drawn from the tables on the sheet, and updated in place on every run", () => {
    const { bundle, spreadsheet, approved } = schoolWithPairs();
    const yesterday = new Date(Date.now() - 86_400_000);
    typeMeeting(spreadsheet, approved[0]!, yesterday);

    bundle.call("menuSummary");
    const first = ours(spreadsheet);
    expect(first.map((chart) => chart.state.options.get("title"))).toEqual(
      CHART_IDS.map((id) => CHART_TITLES[id]),
    );
    expect(first.map((chart) => chart.state.type)).toEqual([
      ChartType.COLUMN,
      ChartType.BAR,
      ChartType.COLUMN,
      ChartType.PIE,
    ]);
    for (const chart of first) {
      expect(chart.state.numHeaders).toBe(1);
      const range = chart.state.ranges[0]!;
      expect(range.getSheet().getName()).toBe(SUMMARY.name);
      expect(range.getColumn()).toBe(4); // D: beside the figures
      expect(chartData(chart)[0]![0]).toBe(chart.state.options.get("title"));
    }
    const satisfaction = first[0]!;
    expect(satisfaction.state.options.get("vAxis.viewWindow.max")).toBe(10);
    const meetings = first[2]!;
    const counted = (chart: FakeEmbeddedChart) =>
      chartData(chart)
        .slice(1)
        .reduce((sum, row) => sum + Number(row[1]), 0);
    expect(counted(meetings)).toBe(1);
    const ids = first.map((chart) => chart.chartId);
    const picture = drawn(meetings);

    bundle.world.calls.reset();
    typeMeeting(spreadsheet, approved[1]!, yesterday);
    bundle.call("menuSummary");
    const second = ours(spreadsheet);
    expect(second).toHaveLength(4);
    expect(second.map((chart) => chart.chartId)).toEqual(ids);
    expect(bundle.world.calls.countOn(SUMMARY.name, "Sheet.insertChart")).toBe(0);
    expect(bundle.world.calls.countOn(SUMMARY.name, "Sheet.updateChart")).toBe(4);
    expect(counted(second[2]!)).toBe(2);
    expect(drawn(second[2]!)).not.toBe(picture);
    expect(bundle.world.calls.countOn(SUMMARY.name, "Range.setValues")).toBe(1);
  });

  it("keeps the coordinator's own chart and where ours were moved, and removes a second copy of ours", () => {
    const { bundle, spreadsheet } = schoolWithPairs();
    bundle.call("menuSummary");
    const sheet = spreadsheet.sheet(SUMMARY.name);
    const [satisfaction] = sheet.getCharts();
    sheet.updateChart(satisfaction!.modify().setPosition(40, 2, 0, 0).build());
    sheet.insertChart(satisfaction!.modify().build()); // a copy, as «Дублировать диаграмму» makes
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(Charts_COLUMN)
        .addRange(sheet.getRange("A1:B5"))
        .setOption("title", "Мой график")
        .build(),
    );
    expect(sheet.getCharts()).toHaveLength(6);

    bundle.call("menuSummary");
    const titles = sheet.getCharts().map((chart) => chart.getOptions().get("title"));
    expect(titles.filter((title) => title === CHART_TITLES.satisfaction)).toHaveLength(1);
    expect(titles).toContain("Мой график");
    expect(titles).toHaveLength(5);
    const moved = ours(spreadsheet).find(
      (chart) => chart.state.options.get("title") === CHART_TITLES.satisfaction,
    )!;
    expect(moved.state.position.row).toBe(40);
  });

  it("gives each chart as a PNG picture for the Google Doc report", () => {
    const { bundle, spreadsheet } = schoolWithPairs();
    const sheet = spreadsheet.sheet(SUMMARY.name) as unknown as GoogleAppsScript.Spreadsheet.Sheet;
    expect(summaryChartImages(sheet)).toEqual([]);
    bundle.call("menuSummary");
    const images = summaryChartImages(sheet);
    expect(images.map((image) => image.id)).toEqual(CHART_IDS);
    for (const image of images) {
      expect([...image.png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
      expect(image.widthPx).toBeGreaterThan(0);
      expect(new TextDecoder().decode(image.png.subarray(8))).toContain(image.title);
    }
  });
});

const Charts_COLUMN = ChartType.COLUMN as unknown as GoogleAppsScript.Charts.ChartType;
