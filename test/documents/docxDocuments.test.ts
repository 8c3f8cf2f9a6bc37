import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PizZip from "pizzip";
import { describe, expect, it } from "vitest";
import {
  ALL_KINDS,
  DOCUMENT_KIND_IDS,
  DOCUMENT_KINDS,
  generateDocuments,
  YEAR_END_KINDS,
} from "../../src/core/documents";
import { TemplateError } from "../../src/core/template";
import type { CommandIO } from "../../src/node/command";
import { DocxDocuments, TEMPLATES_FOLDER } from "../../src/node/documents/docxDocuments";
import { docxText } from "../../src/node/docx";
import { createProgress } from "../../src/node/progress";
import { approvedDemo, context } from "./approvedDemo";

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "nastavnik-docx-"));
}

function text(path: string): string {
  return docxText(new Uint8Array(readFileSync(path)));
}

/** Replaces text in a .docx's body, the way a coordinator edits a template in Word. */
function editDocx(path: string, from: string, to: string): void {
  const zip = new PizZip(readFileSync(path));
  const xml = zip.file("word/document.xml")!.asText();
  if (!xml.includes(from)) throw new Error(`no «${from}» in ${path}`);
  zip.file("word/document.xml", xml.replace(from, to));
  writeFileSync(path, zip.generate({ type: "uint8array" }));
}

describe("DocxDocuments", () => {
  const out = tempDir();
  const docs = new DocxDocuments(out);
  const result = generateDocuments(approvedDemo(), docs, context, {
    kinds: [...DOCUMENT_KIND_IDS],
    sameDay: true,
  });

  it("writes the templates into «Шаблоны» and each document into its kind's folder", () => {
    expect(readdirSync(join(out, TEMPLATES_FOLDER)).sort()).toEqual(
      ALL_KINDS.filter((kind) => !YEAR_END_KINDS.includes(kind.id))
        .map((kind) => `${kind.title}.docx`)
        .sort(),
    );
    expect(result.made).toHaveLength(40);
    for (const doc of result.made) {
      expect(doc.link).toBe(join(out, DOCUMENT_KINDS[doc.kind].folder, `${doc.fileName}.docx`));
      expect(existsSync(doc.link)).toBe(true);
    }
    const order = result.made.find((doc) => doc.kind === "pairs")!;
    expect(text(order.link)).toContain(
      "Назначить Кузнецову Елену Сергеевну, учителя математики, наставником Смирновой Алины Дмитриевны",
    );
    expect(text(order.link)).toContain("«01» октября 2026\u00a0г.\t№\u00a0ОД-13\n");
  });

  it("records files an interrupted run left, instead of writing them again", () => {
    const order = result.made.find((doc) => doc.kind === "regulation")!;
    const before = statSync(order.link).mtimeMs;
    const again = new DocxDocuments(out);
    const second = generateDocuments(approvedDemo(), again, context, { kinds: ["regulation", "program"] });
    expect(second.made).toHaveLength(10);
    expect(second.made.every((doc) => doc.found)).toBe(true);
    expect(statSync(order.link).mtimeMs).toBe(before);
  });

  it("uses a template the coordinator edited", () => {
    const edited = tempDir();
    const first = new DocxDocuments(edited);
    first.template(DOCUMENT_KINDS.awards);
    editDocx(first.templatePath(DOCUMENT_KINDS.awards), "Объявить благодарность:", "Наградить грамотой:");
    const result = generateDocuments(approvedDemo(), new DocxDocuments(edited), context, {
      kinds: ["awards"],
    });
    expect(text(result.made[0]!.link)).toContain(
      "1. Наградить грамотой:\n1.1. Васильевой Татьяне Михайловне",
    );
  });

  it("refuses an edited template with a mistake, and makes nothing", () => {
    const edited = tempDir();
    const first = new DocxDocuments(edited);
    first.template(DOCUMENT_KINDS.awards);
    editDocx(first.templatePath(DOCUMENT_KINDS.awards), "{{Наставник|дат}}", "{{Наставник|дательный}}");
    const docs = new DocxDocuments(edited);
    expect(() =>
      generateDocuments(approvedDemo(), docs, context, { kinds: ["awards", "pdConsent"] }),
    ).toThrow(TemplateError);
    expect(docs.files).toEqual([]);
    expect(existsSync(join(edited, "Приказы"))).toBe(false);
  });

  it("refuses a template that is not a .docx at all", () => {
    const edited = tempDir();
    const docs = new DocxDocuments(edited);
    docs.template(DOCUMENT_KINDS.finalEvent);
    writeFileSync(docs.templatePath(DOCUMENT_KINDS.finalEvent), "not a zip");
    expect(() => new DocxDocuments(edited).template(DOCUMENT_KINDS.finalEvent)).toThrow(
      "не является документом .docx",
    );
  });
});

describe("createProgress", () => {
  function io(interactive: boolean): CommandIO & { err: string[] } {
    const err: string[] = [];
    return { stdout: () => {}, stderr: (t) => err.push(t), readStdin: async () => "", interactive, err };
  }

  it("redraws one line on a terminal", () => {
    const terminal = io(true);
    const progress = createProgress(terminal, "Документы");
    progress.update(1, 4, "Приказ № 1");
    progress.update(4, 4, "Приказ № 4");
    progress.finish();
    expect(terminal.err).toEqual([
      "\r\x1b[2KДокументы [██████░░░░░░░░░░░░░░░░░░] 1/4 Приказ № 1",
      "\r\x1b[2KДокументы [████████████████████████] 4/4 Приказ № 4",
      "\n",
    ]);
  });

  it("writes plain lines elsewhere", () => {
    const log = io(false);
    const progress = createProgress(log, "Документы");
    progress.update(2, 3, "Программа наставничества — Ким В. Е. — ПР-001");
    progress.finish();
    expect(log.err).toEqual(["Документы: 2/3 Программа наставничества — Ким В. Е. — ПР-001\n"]);
  });
});
