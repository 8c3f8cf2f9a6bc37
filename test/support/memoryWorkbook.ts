import type { CellArea } from "../../src/core/a1";
import type { Cell, Grid } from "../../src/core/cell";
import { mergedWriteProblem } from "../../src/core/merges";
import type { SheetLayout, WorkbookPort } from "../../src/core/ports";

/** The simplest faithful WorkbookPort: named grids in tab order, for testing use cases. */
export class MemoryWorkbook implements WorkbookPort {
  readonly sheets: { name: string; grid: Grid; layout?: SheetLayout; merged?: CellArea[] }[] = [];
  writes = 0;

  private find(name: string) {
    const sheet = this.sheets.find((candidate) => candidate.name === name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  sheetNames(): string[] {
    return this.sheets.map((sheet) => sheet.name);
  }

  readHeader(name: string): Cell[] {
    return [...(this.find(name).grid[0] ?? [])];
  }

  readAll(name: string): Grid {
    return this.find(name).grid.map((row) => [...row]);
  }

  createSheet(name: string, position: number): void {
    if (this.sheets.some((sheet) => sheet.name === name)) throw new Error(`duplicate sheet ${name}`);
    this.sheets.splice(Math.min(position, this.sheets.length), 0, { name, grid: [] });
  }

  renameSheet(from: string, to: string): void {
    this.find(from).name = to;
  }

  mergedRanges(name: string): readonly CellArea[] {
    return this.find(name).merged ?? [];
  }

  write(name: string, row: number, column: number, values: Grid): void {
    const problem = mergedWriteProblem(name, this.mergedRanges(name), [{ row, column, values }]);
    if (problem !== null) throw new Error(problem);
    this.writes++;
    const grid = this.find(name).grid;
    values.forEach((cells, r) => {
      while (grid.length <= row + r) grid.push([]);
      const target = grid[row + r]!;
      while (target.length < column) target.push("");
      cells.forEach((value, c) => {
        target[column + c] = value;
      });
    });
  }

  appendRows(name: string, rows: Grid): void {
    const grid = this.find(name).grid;
    let last = grid.length;
    while (last > 0 && grid[last - 1]!.every((cell) => cell === "" || cell === null)) last--;
    this.write(name, last, 0, rows);
  }

  applyLayout(name: string, layout: SheetLayout): void {
    this.find(name).layout = layout;
  }

  grid(name: string): Grid {
    return this.find(name).grid;
  }
}
