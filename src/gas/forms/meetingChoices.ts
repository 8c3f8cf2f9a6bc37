import { FORM_NAMES } from "../../core/intake/formSettings";
import { readMeetingChoices } from "../../core/intake/questionnaireSet";
import { readFormsRegistry } from "../../core/intake/registry";
import { appendLog } from "../../core/log";
import type { Context, WorkbookPort } from "../../core/ports";
import { MEETING_PAIR_QUESTION } from "../../core/questionnaires/meetingForm";
import { titleKey } from "../../core/questionnaires/text";

const REFRESH_ACTION = "Список пар в отчёте о встрече";

/**
 * Brings the pair list of «Отчёт о встрече» in line with the approved pairs after pairs were approved or
 * ended: one `ListItem.setChoiceValues` on that one question, only when the list differs; no rebuild.
 * Does nothing before the form is created or while no pair is approved (Forms refuses an empty list, and
 * the import still knows ended pairs). The pairs are already saved, so a failure only goes to «Журнал»:
 * «Создать анкеты» refreshes the list as well.
 */
export function refreshMeetingChoices(port: WorkbookPort, context: Context): void {
  const registered = readFormsRegistry(port, context).meeting;
  if (!registered) return;
  try {
    const choices = readMeetingChoices(port);
    if (choices.length === 0) return;
    const form = FormApp.openById(registered.id);
    const wanted = titleKey(MEETING_PAIR_QUESTION);
    const item = form
      .getItems()
      .find(
        (candidate) =>
          candidate.getType() === FormApp.ItemType.LIST && titleKey(candidate.getTitle()) === wanted,
      );
    if (!item) return;
    const list = item.asListItem();
    const current = list.getChoices().map((choice) => choice.getValue());
    if (current.join("\n") === choices.join("\n")) return;
    list.setChoiceValues(choices);
  } catch {
    // Google's own message is English: the coordinator gets what happened and what to do.
    appendLog(
      port,
      context,
      REFRESH_ACTION,
      `Список пар в форме «${FORM_NAMES.meeting}» не обновлён: форма не открывается (удалена или нет доступа). Выберите «Создать анкеты», чтобы обновить его.`,
    );
  }
}
