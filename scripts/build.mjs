// Builds the Apps Script bundle (build/Code.js + appsscript.json), the offline CLI and the benchmark.
import { existsSync } from "node:fs";
import { copyFile, mkdir } from "node:fs/promises";
import * as esbuild from "esbuild";

const GAS_ENTRY = "src/gas/main.ts";
const GAS_GLOBAL = "Nastavnik";

/** Apps Script calls entry points by their global function names, so every export becomes one. */
async function gasEntryPoints() {
  const probe = await esbuild.build({
    entryPoints: [GAS_ENTRY],
    bundle: true,
    format: "esm",
    write: false,
    metafile: true,
    outdir: "build/probe",
    logLevel: "silent",
  });
  const [output] = Object.values(probe.metafile.outputs);
  return output.exports.filter((name) => name !== "default").sort();
}

async function buildGas() {
  const names = await gasEntryPoints();
  const stubs = names
    .map((name) => `function ${name}() { return ${GAS_GLOBAL}.${name}.apply(this, arguments); }`)
    .join("\n");
  await esbuild.build({
    entryPoints: [GAS_ENTRY],
    bundle: true,
    format: "iife",
    globalName: GAS_GLOBAL,
    // «browser»: pizzip's package maps its Node-only modules (streams, files) away for browsers, and
    // Apps Script, like a browser, has none of them.
    platform: "browser",
    mainFields: ["browser", "module", "main"],
    // pizzip and docxtemplater test for Node's Buffer before they use it; Apps Script has none.
    define: { Buffer: "undefined" },
    target: "es2019",
    outfile: "build/Code.js",
    footer: { js: stubs },
    legalComments: "none",
    logLevel: "warning",
  });
  await copyFile("appsscript.json", "build/appsscript.json");
  return names;
}

async function buildNode(entry, outfile) {
  await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    outfile,
    banner: { js: "#!/usr/bin/env node" },
    logLevel: "warning",
  });
}

await mkdir("build", { recursive: true });
const names = await buildGas();
await buildNode("src/node/cli.ts", "build/cli.cjs");
const outputs = ["Code.js", "cli.cjs"];
if (existsSync("bench/index.ts")) {
  await buildNode("bench/index.ts", "build/bench.cjs");
  outputs.push("bench.cjs");
}
console.log(`build: ${outputs.join(", ")}; entry points: ${names.join(", ")}`);
