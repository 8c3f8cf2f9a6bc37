/** File-level wrappers: a template from disk, a result to disk, written only when rendering succeeded. */
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import type { Block } from "../../core/template/blocks";
import type { TemplateData } from "../../core/template/values";
import { type DocxTemplateOptions, renderDocx } from "./render";
import { writeDocxTemplate } from "./writeTemplate";

/** Writes through a temporary file, so a failure never leaves a half-written document behind. */
async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Renders `templatePath` with `data` into `outputPath`; on any problem throws and writes nothing. */
export async function renderDocxFile(
  templatePath: string,
  outputPath: string,
  data: TemplateData,
  options: DocxTemplateOptions,
): Promise<void> {
  const template = new Uint8Array(await readFile(templatePath));
  const rendered = renderDocx(template, data, options);
  await writeAtomically(outputPath, rendered);
}

export async function writeDocxTemplateFile(path: string, blocks: readonly Block[]): Promise<void> {
  await writeAtomically(path, writeDocxTemplate(blocks));
}
