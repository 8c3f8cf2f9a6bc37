import { type Cell, cellText } from "../cell";
import { hasConsent, hasLeft } from "../schema/consent";
import type { SheetRecord } from "../schema/table";
import { PARTNER_QUESTION_IDS } from "./forms";
import { matchOption } from "./options";
import { collapseSpaces, foldKey, normalizeEmail, unescapeFormula } from "./text";
import type { FormResponse, Questionnaire } from "./types";

export type ParticipantRole = "mentor" | "mentee";

/** One person in the drop-downs of «Анкета после групповой встречи». */
export interface PartnerChoice {
  readonly id: string;
  readonly role: ParticipantRole;
  /** «Фамилия Имя Отчество (должность)», unique in the list. */
  readonly label: string;
  /** Lower-cased e-mail from the bank, "" if none; used when the respondent did not find themselves. */
  readonly email: string;
}

function text(cell: Cell | undefined): string {
  return collapseSpaces(unescapeFormula(cellText(cell ?? "")));
}

function eligible(record: SheetRecord): boolean {
  return (
    hasConsent(record.pdConsent) &&
    !hasLeft(record.status) &&
    text(record.id) !== "" &&
    text(record.lastName) !== "" &&
    text(record.firstName) !== ""
  );
}

/**
 * The people to choose from after a group meeting: mentors and mentees whose personal-data consent is
 * «получено» and who have not left, labelled «Фамилия Имя Отчество (должность)». Namesakes with the same
 * position get their ID added («… (учитель, Н-003)»), so that every label names one person. Sorted by label.
 */
export function partnerChoices(
  mentors: readonly SheetRecord[],
  mentees: readonly SheetRecord[],
): PartnerChoice[] {
  const people = [
    ...mentors.filter(eligible).map((record) => ({ record, role: "mentor" as const })),
    ...mentees.filter(eligible).map((record) => ({ record, role: "mentee" as const })),
  ];
  const base = people.map(({ record }) => {
    const name = [text(record.lastName), text(record.firstName), text(record.middleName)]
      .filter(Boolean)
      .join(" ");
    const position = text(record.position);
    return { name, position };
  });
  const count = new Map<string, number>();
  const plain = base.map(({ name, position }) => (position ? `${name} (${position})` : name));
  for (const label of plain) count.set(foldKey(label), (count.get(foldKey(label)) ?? 0) + 1);
  const choices = people.map(({ record, role }, index): PartnerChoice => {
    const id = text(record.id);
    const { name, position } = base[index]!;
    const label = plain[index]!;
    const unique =
      count.get(foldKey(label)) === 1 ? label : `${name} (${position ? `${position}, ` : ""}${id})`;
    return { id, role, label: unique, email: normalizeEmail(text(record.email)).email };
  });
  return choices.sort((a, b) => a.label.localeCompare(b.label, "ru") || a.id.localeCompare(b.id));
}

export interface PartnerPreferences {
  /** Who answered: by the «Выберите себя» answer, else by e-mail; undefined if neither is known. */
  readonly respondent?: PartnerChoice;
  /** Chosen partners, best first, without repeats, self-choices and unknown names. */
  readonly preferences: PartnerChoice[];
  /** Russian reasons why part of the answer was not used. */
  readonly problems: string[];
}

function answerText(response: FormResponse, title: string): string {
  const wanted = foldKey(title);
  for (const [key, value] of Object.entries(response.answers)) {
    if (foldKey(key) === wanted) return collapseSpaces(typeof value === "string" ? value : value.join(", "));
  }
  return "";
}

/** Reads one answer to «Анкета после групповой встречи» against the list the form was built from. */
export function parsePartnerPreferences(
  questionnaire: Questionnaire,
  response: FormResponse,
  choices: readonly PartnerChoice[],
): PartnerPreferences {
  const problems: string[] = [];
  const byLabel = (label: string) => {
    const option = matchOption(
      label,
      choices.map((choice) => choice.label),
    );
    return option === undefined ? undefined : choices.find((choice) => choice.label === option);
  };
  const question = (id: string) => questionnaire.questions.find((candidate) => candidate.id === id);
  const selfTitle = question("self")?.title ?? "";
  const selfAnswer = answerText(response, selfTitle);
  let respondent = selfAnswer ? byLabel(selfAnswer) : undefined;
  if (selfAnswer && !respondent) problems.push(`«${selfTitle}»: «${selfAnswer}» нет в списке участников`);
  if (!respondent) {
    const { email, valid } = normalizeEmail(response.email);
    if (valid) respondent = choices.find((choice) => choice.email === email);
  }
  if (!respondent)
    problems.push(
      "Не удалось определить, кто заполнил анкету: нет ни выбора себя в списке, ни известного e-mail",
    );
  const preferences: PartnerChoice[] = [];
  for (const id of PARTNER_QUESTION_IDS) {
    const title = question(id)?.title ?? "";
    const answer = answerText(response, title);
    if (!answer) continue;
    const choice = byLabel(answer);
    if (!choice) {
      problems.push(`«${title}»: «${answer}» нет в списке участников`);
    } else if (respondent && choice.id === respondent.id) {
      problems.push(`«${title}»: вы выбрали себя — выбор не учтён`);
    } else if (preferences.some((chosen) => chosen.id === choice.id)) {
      problems.push(`«${title}»: ${choice.label} уже выбран(а) выше — повтор не учтён`);
    } else if (respondent && choice.role === respondent.role) {
      problems.push(
        respondent.role === "mentor"
          ? `«${title}»: ${choice.label} — наставник; наставники выбирают наставляемых, выбор не учтён`
          : `«${title}»: ${choice.label} — наставляемый; наставляемые выбирают наставников, выбор не учтён`,
      );
    } else {
      preferences.push(choice);
    }
  }
  return { ...(respondent ? { respondent } : {}), preferences, problems };
}
