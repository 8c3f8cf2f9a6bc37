import { matchHeaders } from "../questionnaires/headers";
import type { Questionnaire, QuestionnaireKey } from "../questionnaires/types";
import type { FormsRegistry, RegisteredForm } from "./registry";

/** The form ID inside a Google Forms address («…/forms/d/<ID>/…»); not the published «/forms/d/e/…» one. */
export function formIdFromUrl(url: string): string | undefined {
  return /\/forms\/d\/(?!e\/)([\w-]{10,})/.exec(url)?.[1];
}

function sameUrl(a: string, b: string): boolean {
  const clean = (url: string) =>
    url
      .trim()
      .replace(/[?#].*$/, "")
      .replace(/\/+$/, "");
  return a.trim() !== "" && clean(a) === clean(b);
}

/** Whether a sheet's linked form address (`Sheet.getFormUrl()`) is this registered form. */
export function isFormUrl(url: string, form: RegisteredForm): boolean {
  const id = formIdFromUrl(url);
  return (id !== undefined && id === form.id) || sameUrl(url, form.url);
}

/** The registered form a response sheet is linked to, by its form address. */
export function formOfUrl(
  url: string | null | undefined,
  registry: FormsRegistry,
): QuestionnaireKey | undefined {
  if (!url) return undefined;
  const entries = Object.entries(registry) as [QuestionnaireKey, RegisteredForm][];
  return entries.find(([, form]) => isFormUrl(url, form))?.[0];
}

/**
 * Which questionnaire a set of column titles (an event's `namedValues` keys, an export's header) answers:
 * the one with most of its questions recognised (as `matchHeaders` does), at least half of them, and
 * strictly more than any other.
 */
export function formOfTitles(
  titles: readonly string[],
  questionnaires: readonly Questionnaire[],
): QuestionnaireKey | undefined {
  const scored = questionnaires
    .map((questionnaire) => {
      const match = matchHeaders(questionnaire, titles);
      const found = questionnaire.questions.filter(
        (question) => match.questionColumns.has(question.title) || match.optionColumns.has(question.title),
      ).length;
      return { key: questionnaire.key, found, total: questionnaire.questions.length };
    })
    .filter((score) => score.found * 2 >= score.total && score.found > 0)
    .sort((a, b) => b.found / b.total - a.found / a.total || b.found - a.found);
  const [best, second] = scored;
  if (!best) return undefined;
  if (second && second.found / second.total === best.found / best.total && second.found === best.found)
    return undefined;
  return best.key;
}
