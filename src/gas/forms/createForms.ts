import { ensureSheet } from "../../core/intake/ensureSheet";
import { FORM_KEYS, FORM_NAMES } from "../../core/intake/formSettings";
import {
  type BanksSnapshot,
  buildQuestionnaire,
  readBanks,
  readQuestionnaireContext,
} from "../../core/intake/questionnaireSet";
import { type FormsRegistry, readFormsRegistry, recordForms } from "../../core/intake/registry";
import { appendLog } from "../../core/log";
import type { Context, WorkbookPort } from "../../core/ports";
import { QuestionnaireError } from "../../core/questionnaires/errors";
import type { Questionnaire } from "../../core/questionnaires/types";
import { MONITORING } from "../../core/schema/monitoringSheet";
import { buildForm, syncForm } from "./buildForm";
import { responseSheetsOf } from "./responseSheets";
import { ensureSubmitTrigger } from "./trigger";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Form = GoogleAppsScript.Forms.Form;

export const CREATE_FORMS_ACTION = "Создание анкет";

export interface CreateFormsResult {
  /** One line for the toast and the log. */
  readonly summary: string;
  /** What the coordinator sends out: each form's name and respondent link, one per line. */
  readonly links: string;
}

function openRegistered(id: string | undefined): Form | undefined {
  if (!id) return undefined;
  try {
    return FormApp.openById(id);
  } catch {
    // Deleted, or no longer shared with this user: a new form takes its place.
    return undefined;
  }
}

function destinationOf(form: Form): string | undefined {
  try {
    return form.getDestinationId() || undefined;
  } catch {
    return undefined;
  }
}

/** Links the form to this spreadsheet unless it already sends its responses to one of its sheets. */
function link(form: Form, spreadsheet: Spreadsheet): void {
  const linked =
    destinationOf(form) === spreadsheet.getId() &&
    responseSheetsOf(spreadsheet, { id: form.getId(), url: form.getPublishedUrl() }).length > 0;
  if (!linked) form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheet.getId());
}

/**
 * «Создать анкеты»: creates the four forms from the questionnaires — or reuses those recorded in
 * «Настройки», refreshing their options (the participants of the group-meeting form) and adding missing
 * questions — links each to this spreadsheet, installs the one form-submit trigger and records the forms.
 * Running it again creates nothing new.
 */
export function createForms(
  spreadsheet: Spreadsheet,
  port: WorkbookPort,
  context: Context,
): CreateFormsResult {
  const registry = readFormsRegistry(port, context);
  const questionnaireContext = readQuestionnaireContext(port, context);
  let banks: BanksSnapshot | undefined;
  const choices = () => {
    banks ??= readBanks(port);
    return banks.choices;
  };
  ensureSheet(port, MONITORING, context);
  const recorded: FormsRegistry = {};
  const created: string[] = [];
  const updated: string[] = [];
  const skipped: string[] = [];
  const links: string[] = [];
  for (const key of FORM_KEYS) {
    let questionnaire: Questionnaire;
    try {
      questionnaire = buildQuestionnaire(key, questionnaireContext, choices);
    } catch (error) {
      if (!(error instanceof QuestionnaireError)) throw error;
      skipped.push(`«${FORM_NAMES[key]}» пока не создана: ${error.message}`);
      continue;
    }
    let form = openRegistered(registry[key]?.id);
    if (form) {
      const sync = syncForm(form, questionnaire);
      if (sync.added + sync.refreshed > 0) updated.push(FORM_NAMES[key]);
    } else {
      form = FormApp.create(questionnaire.title);
      buildForm(form, questionnaire);
      created.push(FORM_NAMES[key]);
    }
    link(form, spreadsheet);
    const url = form.getPublishedUrl();
    recorded[key] = { id: form.getId(), url };
    links.push(`${questionnaire.title}: ${url}`);
  }
  recordForms(port, recorded);
  const installed = ensureSubmitTrigger(spreadsheet);
  const parts = [
    created.length > 0 ? `созданы: ${created.join(", ")}` : "новых анкет нет",
    ...(updated.length > 0 ? [`обновлены вопросы: ${updated.join(", ")}`] : []),
    installed ? "автоматический перенос ответов включён" : "автоматический перенос ответов уже включён",
    ...skipped,
  ];
  const summary = `Анкеты: ${parts.join("; ")}`;
  appendLog(port, context, CREATE_FORMS_ACTION, summary);
  const text =
    links.length > 0
      ? [
          "Отправьте участникам ссылки:",
          "",
          ...links,
          "",
          "Ссылки сохранены на листе «Настройки». Ответы попадают в таблицу автоматически; «Перенести ответы» переносит их заново, если что-то пропущено.",
          ...skipped.map((line) => `\n${line}`),
        ].join("\n")
      : "";
  return { summary, links: text };
}
