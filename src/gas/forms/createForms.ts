import { FINAL_REPORTS } from "../../core/finalReports/sheet";
import { ensureSheet } from "../../core/intake/ensureSheet";
import { FORM_KEYS, FORM_NAMES } from "../../core/intake/formSettings";
import {
  type BanksSnapshot,
  buildQuestionnaire,
  readBanks,
  readQuestionnaireContext,
} from "../../core/intake/questionnaireSet";
import {
  type RegisteredForm,
  readAnswerWithoutAccount,
  readFormsRegistry,
  recordForms,
} from "../../core/intake/registry";
import { appendLog } from "../../core/log";
import type { Context, WorkbookPort } from "../../core/ports";
import { PRACTICES } from "../../core/practices/sheet";
import { QuestionnaireError } from "../../core/questionnaires/errors";
import type { Questionnaire, QuestionnaireKey } from "../../core/questionnaires/types";
import { MONITORING } from "../../core/schema/monitoringSheet";
import { openRecorded, recordOwner, shareWithEditors } from "../access";
import { buildForm, syncForm } from "./buildForm";
import { responseSheetsOf } from "./responseSheets";
import { ensureSubmitTrigger } from "./trigger";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Form = GoogleAppsScript.Forms.Form;

/**
 * Publishing (2025): forms created through the API since mid-2026 start unpublished and accept no answers
 * until published; a legacy form does not support publishing (and is always published). E-mail
 * collection: VERIFIED asks respondents to sign in to Google, RESPONDER_INPUT lets anyone type an
 * address. @types/google-apps-script does not know these yet, and an older runtime may lack them.
 * https://developers.google.com/apps-script/reference/forms/form#supportsAdvancedResponderPermissions()
 */
interface Publishing {
  setPublished?: (enabled: boolean) => unknown;
  isPublished?: () => boolean;
  supportsAdvancedResponderPermissions?: () => boolean;
  setEmailCollectionType?: (type: unknown) => unknown;
  getEmailCollectionType?: () => unknown;
}

export const CREATE_FORMS_ACTION = "Создание анкет";

export interface CreateFormsResult {
  /** One line for the toast and the log. */
  readonly summary: string;
  /** What the coordinator sends out: each form's name and respondent link, one per line. */
  readonly links: string;
}

/** The recorded form; undefined when it was deleted (a new one takes its place); an error when not shared. */
function openRegistered(key: QuestionnaireKey, id: string | undefined): Form | undefined {
  if (!id) return undefined;
  return openRecorded(`Анкета «${FORM_NAMES[key]}»`, id, () => FormApp.openById(id)) ?? undefined;
}

function destinationOf(form: Form): string | undefined {
  try {
    return form.getDestinationId() || undefined;
  } catch {
    return undefined;
  }
}

/** Publishes the form unless it is published already or cannot be (a legacy form), as Google's sample does. */
function publish(form: Form): void {
  const publishing = form as Form & Publishing;
  if (typeof publishing.setPublished !== "function") return;
  if (
    typeof publishing.supportsAdvancedResponderPermissions === "function" &&
    !publishing.supportsAdvancedResponderPermissions()
  )
    return;
  if (typeof publishing.isPublished === "function" && publishing.isPublished()) return;
  publishing.setPublished(true);
}

/**
 * Who may answer: with a Google account only (the address is confirmed by signing in), or — when the
 * coordinator allows it in «Настройки» — anyone, typing their address.
 */
function setEmailCollection(form: Form, anyone: boolean): void {
  const publishing = form as Form & Publishing;
  const types = (FormApp as unknown as { EmailCollectionType?: Record<string, unknown> }).EmailCollectionType;
  if (!types || typeof publishing.setEmailCollectionType !== "function") return;
  const wanted = anyone ? types.RESPONDER_INPUT : types.VERIFIED;
  if (
    typeof publishing.getEmailCollectionType === "function" &&
    publishing.getEmailCollectionType() === wanted
  )
    return;
  publishing.setEmailCollectionType(wanted);
}

/** Links the form to this spreadsheet unless it already sends its responses to one of its sheets. */
function link(form: Form, spreadsheet: Spreadsheet): void {
  const linked =
    destinationOf(form) === spreadsheet.getId() &&
    responseSheetsOf(spreadsheet, { id: form.getId(), url: form.getPublishedUrl() }).length > 0;
  if (!linked) form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheet.getId());
}

function record(port: WorkbookPort, key: QuestionnaireKey, form: Form): RegisteredForm {
  const registered = { id: form.getId(), url: form.getPublishedUrl() };
  recordForms(port, { [key]: registered });
  return registered;
}

/**
 * «Создать анкеты»: creates the forms from the questionnaires — or reuses those recorded in
 * «Настройки», refreshing their options (the participants of the group-meeting form) and adding missing
 * questions — links each to this spreadsheet, publishes it, installs the one form-submit trigger.
 * Each new form is recorded in «Настройки» as soon as it exists, before its questions are added, so a
 * run that fails halfway is completed by the next one (which adds the missing questions) and running
 * it again never makes a second copy of a form.
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
  for (const schema of [MONITORING, FINAL_REPORTS, PRACTICES]) ensureSheet(port, schema, context);
  const anyoneMayAnswer = readAnswerWithoutAccount(port, context);
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
    let recorded = registry[key];
    let form = openRegistered(key, recorded?.id);
    if (form) {
      const sync = syncForm(form, questionnaire);
      if (sync.added + sync.refreshed > 0) updated.push(FORM_NAMES[key]);
    } else {
      form = FormApp.create(questionnaire.title);
      recordOwner(form.getId());
      recorded = record(port, key, form);
      buildForm(form, questionnaire);
      created.push(FORM_NAMES[key]);
    }
    link(form, spreadsheet);
    setEmailCollection(form, anyoneMayAnswer);
    publish(form);
    shareWithEditors(form, spreadsheet);
    const url = form.getPublishedUrl();
    if (recorded?.id !== form.getId() || recorded.url !== url) record(port, key, form);
    links.push(`${questionnaire.title}: ${url}`);
  }
  const trigger = ensureSubmitTrigger(spreadsheet);
  const parts = [
    created.length > 0 ? `созданы: ${created.join(", ")}` : "новых анкет нет",
    ...(updated.length > 0 ? [`обновлены вопросы: ${updated.join(", ")}`] : []),
    trigger.installed
      ? "автоматический перенос ответов включён"
      : trigger.owner
        ? `автоматический перенос ответов уже включён (триггер у ${trigger.owner})`
        : "автоматический перенос ответов уже включён",
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
