import type { SheetSchema } from "../schema/columns";

/**
 * «Сводка»: the year's figures, rewritten whole by «Сводка» / `nastavnik report`; nothing on it is the
 * coordinator's, so a run clears what an earlier, longer one left.
 */
export const SUMMARY: SheetSchema = {
  key: "summary",
  name: "Сводка",
  kind: "table",
  frozenRows: 1,
  columns: [
    { key: "indicator", header: "Показатель", type: "text", width: 420, generated: true },
    { key: "value", header: "Значение", type: "text", width: 260, generated: true },
  ],
};
