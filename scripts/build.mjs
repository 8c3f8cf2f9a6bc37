// Builds the coordinator's page (for the Apps Script sidebar and as the offline build/nastavnik.html),
// the Apps Script bundle (build/Code.js + appsscript.json), the offline CLI and the benchmark.
import { existsSync } from "node:fs";
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
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

const STYLES = "src/ui/app/styles.css";

/**
 * The page reuses the offline adapters' pure parts (reading .xlsx bytes, rendering .docx), whose modules
 * also hold the file-system functions of the CLI. Those are never called in the page; their `node:`
 * imports become stubs that throw if they ever were, except `node:path`, which the zip readers need.
 */
const nodeStubs = {
  name: "node-stubs",
  setup(build) {
    // Paths inside a zip are still needed: the page has its own POSIX path functions.
    build.onResolve({ filter: /^node:path$/ }, () => ({ path: resolve("src/ui/offline/posixPath.ts") }));
    build.onResolve({ filter: /^node:/ }, (args) => ({ path: args.path, namespace: "node-stub" }));
    build.onLoad({ filter: /.*/, namespace: "node-stub" }, () => ({
      contents:
        'module.exports = new Proxy({}, { get: (_, name) => name === "__esModule" ? false : () => { throw new Error("Это действие недоступно в браузере."); } });',
      loader: "js",
    }));
  },
};

/**
 * One self-contained HTML page: the entry bundled for the browser and inlined with the styles into the
 * template, so that it needs no other file and makes no request.
 */
async function buildPage(entry, template) {
  const bundle = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    minify: true,
    write: false,
    plugins: [nodeStubs],
    legalComments: "none",
    logLevel: "warning",
  });
  // Inline, «</script» would end the script element; «<\/script» means the same inside JS strings.
  const script = bundle.outputFiles[0].text.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
  const styles = await readFile(STYLES, "utf8");
  const html = await readFile(template, "utf8");
  return html.replace("/*STYLES*/", () => styles).replace("/*SCRIPT*/", () => script);
}

async function buildGas(panelHtml) {
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
    define: { Buffer: "undefined", NASTAVNIK_PANEL_HTML: JSON.stringify(panelHtml) },
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
const panelHtml = await buildPage("src/ui/google/main.ts", "src/ui/pages/google.html");
await writeFile(
  "build/nastavnik.html",
  await buildPage("src/ui/offline/main.ts", "src/ui/pages/offline.html"),
);
const names = await buildGas(panelHtml);
await buildNode("src/node/cli.ts", "build/cli.cjs");
const outputs = ["nastavnik.html", "Code.js", "cli.cjs"];
if (existsSync("bench/index.ts")) {
  await buildNode("bench/index.ts", "build/bench.cjs");
  outputs.push("bench.cjs");
}
console.log(`build: ${outputs.join(", ")}; entry points: ${names.join(", ")}`);
