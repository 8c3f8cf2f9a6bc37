import { endPairEarly } from "../core/year/earlyEnd";
import { EARLY_END_PROMPT, parseEarlyEndAnswer } from "../core/year/earlyEndRequest";
import { refreshYear } from "../core/year/yearStatus";
import { currentContext } from "./context";
import { runMenuAction } from "./handler";
import { SheetsPort } from "./sheetsPort";

function port(): SheetsPort {
  return new SheetsPort(SpreadsheetApp.getActiveSpreadsheet());
}

/** «Ход программы»: plans for new pairs, meetings and plan progress on «Пары», the count of what needs attention. */
export function yearStatusFromMenu(): void {
  runMenuAction(() => {
    const status = refreshYear(port(), currentContext());
    return status.attention.length
      ? `${status.summary}. Список — в панели («Открыть панель»).`
      : status.summary;
  });
}

/** «Досрочно прекратить пару»: one line asked, the notice term checked, the pair's row updated. */
export function endPairFromMenu(): void {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt("Досрочно прекратить пару", EARLY_END_PROMPT, ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  runMenuAction(() => {
    const result = endPairEarly(port(), currentContext(), parseEarlyEndAnswer(answer.getResponseText()));
    return (
      `${result.summary}. Наставляемый снова участвует в подборе: «Подобрать пары» предложит нового наставника. ` +
      "Приказ о досрочном прекращении — «Сформировать документы», вид 9."
    );
  });
}
