/**
 * What the terminal says about documents that were not made. When none could be made because
 * «Настройки» are not filled or nobody's consents are marked, one paragraph says what to fill, instead of
 * a line per document; otherwise each skipped document is named with its reason, or (briefly) the
 * reasons are counted with the people they concern.
 */
import { DOCUMENT_KINDS, type SkippedDocument } from "../../core/documents";

const MISSING_SETTINGS = /^на листе «Настройки» не заполнено: (.+)$/;
const NO_CONSENT = /^нет согласия/;

/** The settings named by the skipped documents, each once, in the order first met. */
function missingSettings(skipped: readonly SkippedDocument[]): string[] {
  const labels = new Set<string>();
  for (const skip of skipped)
    for (const label of MISSING_SETTINGS.exec(skip.reason)?.[1]?.match(/«[^»]+»/g) ?? []) labels.add(label);
  return [...labels];
}

/** The lines that say why nothing was made, when it is for want of settings or consents; null otherwise. */
export function nothingMadeBecause(skipped: readonly SkippedDocument[]): string[] | null {
  if (skipped.length === 0) return null;
  const settings = skipped.filter((skip) => MISSING_SETTINGS.test(skip.reason));
  const consents = skipped.filter((skip) => NO_CONSENT.test(skip.reason));
  if (settings.length + consents.length < skipped.length) return null;
  const lines = ["Ни один документ не сформирован."];
  if (settings.length > 0)
    lines.push(`На листе «Настройки» заполните: ${missingSettings(settings).join(", ")}.`);
  if (consents.length > 0)
    lines.push(
      "Ни у кого не отмечены нужные согласия: по подписанным бумагам поставьте «получено» в столбцах согласий " +
        "на листах «Наставники» и «Наставляемые».",
    );
  lines.push("Затем запустите команду снова.");
  return lines;
}

function shortList(names: readonly string[]): string {
  const unique = [...new Set(names)];
  return unique.length > 3
    ? `${unique.slice(0, 3).join(", ")} и ещё ${unique.length - 3}`
    : unique.join(", ");
}

/** «нет согласия на обработку персональных данных — 2: Романов Денис Валерьевич (П-011)», one per reason. */
export function skippedByReason(skipped: readonly SkippedDocument[]): string[] {
  const byReason = new Map<string, string[]>();
  for (const skip of skipped) byReason.set(skip.reason, [...(byReason.get(skip.reason) ?? []), skip.subject]);
  return [...byReason].map(([reason, subjects]) => `${reason} — ${subjects.length}: ${shortList(subjects)}`);
}

/** Every skipped document with its reason. */
export function skippedInFull(skipped: readonly SkippedDocument[]): string[] {
  return skipped.map((skip) => `${DOCUMENT_KINDS[skip.kind].label}: ${skip.subject} — ${skip.reason}`);
}
