import { describe, expect, it } from "vitest";
import { AWARDS } from "../../src/core/awards/awardsSheet";
import { headersOf } from "../../src/core/schema/columns";
import { mapColumns } from "../../src/core/schema/table";
import { MENU_ITEMS } from "../../src/gas/menu";
import { schoolWorld } from "../support/school";

describe("«Наставник года и лучшая пара» through the uploaded script", () => {
  it("ranks on «Награды» made by setup, in one write under the lock, keeping the coordinator's «Решение»", () => {
    expect(MENU_ITEMS).toContainEqual({ label: "Наставник года и лучшая пара", handler: "menuAwards" });
    const { world, bundle, spreadsheet } = schoolWorld(0);
    const sheet = spreadsheet.sheet(AWARDS.name);
    expect(sheet.getRange(1, 1, 1, AWARDS.columns.length).getValues()[0]).toEqual(headersOf(AWARDS));

    const acquisitions = world.lock.acquisitions;
    world.calls.reset();
    bundle.call("menuAwards");
    expect(world.lock.acquisitions).toBe(acquisitions + 1);
    expect(world.lock.hasLock()).toBe(false);
    expect(world.calls.countOn(AWARDS.name, "Range.setValues")).toBe(1);
    expect(world.calls.count("Range.setValue")).toBe(0);
    expect(spreadsheet.toasts.at(-1)?.message).toMatch(
      /^Лист «Награды» обновлён: кандидатов \d+; Наставник года: /,
    );

    const grid = sheet.getDataRange().getValues();
    const map = mapColumns(AWARDS, grid[0] as string[]);
    const first = grid.findIndex((row) => row[map.get("rank")!] === 1);
    sheet.getRange(first + 1, map.get("decision")! + 1).setValue("Да");
    bundle.call("menuAwards");
    const again = sheet.getDataRange().getValues();
    expect(again[first]![map.get("decision")!]).toBe("Да");
    expect(again[first]![map.get("explanation")!]).toMatch(/итого \d+(,\d)? из 100/);
  });

  it("says in one Russian line that every weight is zero", () => {
    const { world, bundle, spreadsheet } = schoolWorld(0);
    const settings = spreadsheet.sheet("Настройки");
    const rows = settings.getDataRange().getValues();
    rows.forEach((row, index) => {
      if (String(row[0]).startsWith("Рейтинг наград: вес")) settings.getRange(index + 1, 2).setValue(0);
    });
    bundle.call("menuAwards");
    expect(world.ui.alerts.at(-1)).toMatch(/Все веса рейтинга наград на листе «Настройки» равны нулю/);
  });
});
