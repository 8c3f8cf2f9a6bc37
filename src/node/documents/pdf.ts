/** PDF copies through LibreOffice (`soffice --headless --convert-to pdf`), when it is installed. */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The LibreOffice command found on PATH, or null. */
export function findSoffice(path = process.env.PATH ?? ""): string | null {
  const names = process.platform === "win32" ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"];
  for (const folder of path.split(delimiter).filter(Boolean)) {
    for (const name of names) {
      const candidate = join(folder, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return null;
}

export interface PdfResult {
  readonly converted: number;
  /** Russian messages; empty when every file was converted. */
  readonly problems: readonly string[];
}

export const NO_LIBREOFFICE =
  "LibreOffice не найден (нет команды soffice в PATH): PDF-копии не созданы, документы .docx готовы. " +
  "Установите LibreOffice (https://www.libreoffice.org) и повторите с --pdf.";

/**
 * Converts .docx files to PDF next to them, one LibreOffice run per folder, with a profile of its own so
 * that an open LibreOffice window does not get in the way.
 */
export async function convertToPdf(files: readonly string[], soffice: string): Promise<PdfResult> {
  const byFolder = new Map<string, string[]>();
  for (const file of files) byFolder.set(dirname(file), [...(byFolder.get(dirname(file)) ?? []), file]);
  const profile = mkdtempSync(join(tmpdir(), "nastavnik-lo-"));
  const problems: string[] = [];
  let converted = 0;
  try {
    for (const [folder, batch] of byFolder) {
      try {
        await run(
          soffice,
          [
            `-env:UserInstallation=${pathToFileURL(profile).href}`,
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            folder,
            ...batch,
          ],
          { timeout: 600_000 },
        );
      } catch (error) {
        problems.push(`LibreOffice не смог преобразовать файлы в «${folder}»: ${(error as Error).message}`);
      }
      for (const file of batch) {
        if (existsSync(file.replace(/\.docx$/i, ".pdf"))) converted++;
        else problems.push(`Нет PDF-копии для «${file}»`);
      }
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return { converted, problems };
}
