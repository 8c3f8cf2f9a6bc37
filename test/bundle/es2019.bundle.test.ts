import { readFileSync } from "node:fs";
import { type Node, parse } from "acorn";
import { describe, expect, it } from "vitest";
import { BUNDLE_PATH } from "../support/bundle";

/**
 * Google does not publish the V8 version behind Apps Script, so the bundle keeps to ES2019: the syntax
 * (esbuild's target) and the built-ins, which esbuild does not polyfill.
 */
const LATER_METHODS = new Set([
  "at", // ES2022
  "replaceAll", // ES2021
  "findLast", // ES2023
  "findLastIndex", // ES2023
  "toSorted", // ES2023
  "toReversed", // ES2023
  "toSpliced", // ES2023
  "matchAll", // ES2020
  "allSettled", // ES2020
  "groupBy", // ES2024
  "fromAsync", // ES2024
]);
const LATER_GLOBALS = new Set([
  "structuredClone",
  "globalThis",
  "BigInt",
  "WeakRef",
  "FinalizationRegistry",
  "AggregateError",
]);

type AnyNode = Node & Record<string, unknown>;

function* nodes(node: unknown): Generator<AnyNode> {
  if (!node || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const child of node) yield* nodes(child);
    return;
  }
  const current = node as AnyNode;
  if (typeof current.type === "string") yield current;
  for (const [key, value] of Object.entries(current)) if (key !== "type") yield* nodes(value);
}

/** Later built-ins the code uses: `x.at(…)`, `Object.hasOwn`, `Promise.any`, a `structuredClone` call… */
function laterBuiltIns(code: string): string[] {
  const ast = parse(code, { ecmaVersion: 2019, sourceType: "script", locations: true });
  const found: string[] = [];
  const uses: { name: string; text: string }[] = [];
  const detected = new Set<string>();
  for (const node of nodes(ast)) {
    const where = `${(node.loc as { start: { line: number } } | undefined)?.start.line ?? "?"}`;
    if (node.type === "MemberExpression" && !node.computed) {
      const name = (node.property as { name?: string }).name ?? "";
      const object = (node.object as { name?: string }).name;
      const staticLater =
        (object === "Promise" && name === "any") || (object === "Object" && name === "hasOwn");
      if (LATER_METHODS.has(name) || staticLater) found.push(`.${name} (line ${where})`);
    }
    if (node.type === "Identifier" && LATER_GLOBALS.has(String(node.name)))
      uses.push({ name: String(node.name), text: `${node.name} (line ${where})` });
    // Code that asks `typeof globalThis` first detects the feature: its uses of that name are safe.
    if (node.type === "UnaryExpression" && node.operator === "typeof")
      detected.add(String((node.argument as { name?: string }).name));
  }
  return [...found, ...uses.filter((use) => !detected.has(use.name)).map((use) => use.text)];
}

describe("build/Code.js for an unknown V8", () => {
  const code = readFileSync(BUNDLE_PATH, "utf8");

  it("parses as ES2019", () => {
    expect(() => parse(code, { ecmaVersion: 2019, sourceType: "script" })).not.toThrow();
  });

  it("uses no built-in newer than ES2019", () => {
    expect(laterBuiltIns(code)).toEqual([]);
  });

  it("would notice them", () => {
    expect(
      laterBuiltIns(
        "a.at(-1); Object.hasOwn(o, 'k'); s.replaceAll('a', 'b'); structuredClone(o); b.findLast(f);",
      ),
    ).toEqual([
      ".at (line 1)",
      ".hasOwn (line 1)",
      ".replaceAll (line 1)",
      ".findLast (line 1)",
      "structuredClone (line 1)",
    ]);
    expect(() => parse("a?.b ?? c", { ecmaVersion: 2019 })).toThrow();
  });
});
