import { approvePairs } from "../../src/core/pairing/approve";
import { proposePairs } from "../../src/core/pairing/proposePairs";
import { context, demoWorkbook } from "../support/demoWorkbook";
import type { MemoryWorkbook } from "../support/memoryWorkbook";

export { context };

/** The demo school with its 11 pairs proposed and approved, orders numbered «ОД-12» onwards. */
export function approvedDemo(settings: Record<string, string | number> = {}): MemoryWorkbook {
  const workbook = demoWorkbook(undefined, undefined, {
    orderNumberPrefix: "ОД-",
    nextOrderNumber: 12,
    ...settings,
  });
  proposePairs(workbook, context);
  approvePairs(workbook, context, { all: true });
  return workbook;
}
