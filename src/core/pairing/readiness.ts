import { MENTEES, MENTORS } from "../schema/sheets";
import type { Participant } from "./participants";

const CONSENT = "нет согласия";

function consentColumns(schema: typeof MENTORS, role: "mentor" | "mentee"): string {
  const headers = schema.columns
    .filter(
      (column) => column.key === "pdConsent" || (role === "mentor" && column.key === "mentoringConsent"),
    )
    .map((column) => `«${column.header}»`);
  return headers.length > 1 ? `столбцах ${headers.join(" и ")}` : `столбце ${headers.join("")}`;
}

/**
 * Why matching can propose nobody at all, as one Russian sentence that says what to fill, or null when it
 * can. A bank with nobody in it, or nobody with their consents marked, is the usual first-run case: one
 * sentence says so instead of a «нет согласия» line per person.
 */
export function matchingBlocker(
  mentors: readonly Participant[],
  mentees: readonly Participant[],
): string | null {
  if (mentees.length === 0)
    return `на листе «${MENTEES.name}» никого нет — сначала перенесите ответы анкеты наставляемого.`;
  if (mentors.length === 0)
    return `на листе «${MENTORS.name}» никого нет — сначала перенесите ответы анкеты наставника.`;
  const problems: string[] = [];
  const blocked = (people: readonly Participant[]) =>
    people.every((person) => person.excludedBecause) &&
    people.some((person) => person.excludedBecause?.startsWith(CONSENT));
  if (blocked(mentees))
    problems.push(
      `ни у одного наставляемого не отмечено согласие — по подписанным бумагам поставьте «получено» в ${consentColumns(MENTEES, "mentee")} на листе «${MENTEES.name}»`,
    );
  if (blocked(mentors))
    problems.push(
      `ни у одного наставника не отмечены согласия — по подписанным бумагам поставьте «получено» в ${consentColumns(MENTORS, "mentor")} на листе «${MENTORS.name}»`,
    );
  return problems.length > 0 ? `${problems.join("; ")}. Затем подберите пары снова.` : null;
}
