import type { Implements } from "./calls";
import type { FakeHtmlOutput } from "./html";

type Ui = GoogleAppsScript.Base.Ui;
type Menu = GoogleAppsScript.Base.Menu;

export class FakeMenu implements Implements<Menu, "addItem" | "addSeparator" | "addToUi"> {
  readonly items: { caption: string; functionName: string }[] = [];
  constructor(
    readonly title: string,
    private readonly ui: FakeUi,
    /** An add-on's menu, under «Расширения». */
    readonly addon = false,
  ) {}
  addItem(caption: string, functionName: string): Menu {
    this.items.push({ caption, functionName });
    return this as unknown as Menu;
  }
  addSeparator(): Menu {
    this.items.push({ caption: "—", functionName: "" });
    return this as unknown as Menu;
  }
  addToUi(): void {
    this.ui.menus.push(this);
  }
}

export const ButtonSet = { OK: "OK", OK_CANCEL: "OK_CANCEL", YES_NO: "YES_NO" } as const;
export const Button = { OK: "OK", CANCEL: "CANCEL", YES: "YES", NO: "NO", CLOSE: "CLOSE" } as const;

export class FakeUi
  implements
    Implements<Ui, "createMenu" | "createAddonMenu" | "alert" | "prompt" | "showSidebar" | "showModalDialog">
{
  readonly menus: FakeMenu[] = [];
  readonly alerts: string[] = [];
  /** What the coordinator will type into the next prompts; `null` presses «Отмена». */
  readonly answers: (string | null)[] = [];
  readonly prompts: string[] = [];
  /** Answers to the next «Да» / «Нет» alerts: true presses «Да». */
  readonly confirmations: boolean[] = [];
  /** Pages shown in the sidebar, last one on top. */
  readonly sidebars: FakeHtmlOutput[] = [];
  readonly dialogs: { output: FakeHtmlOutput; title: string }[] = [];
  readonly ButtonSet = ButtonSet;
  readonly Button = Button;

  createMenu(caption: string): Menu {
    return new FakeMenu(caption, this) as unknown as Menu;
  }

  /** An add-on's menu, titled by the add-on's name. https://developers.google.com/apps-script/reference/base/ui#createAddonMenu() */
  createAddonMenu(): Menu {
    return new FakeMenu("", this, true) as unknown as Menu;
  }

  prompt(...args: unknown[]): GoogleAppsScript.Base.PromptResponse {
    this.prompts.push(args.filter((arg) => typeof arg === "string" && !(arg in ButtonSet)).join(" — "));
    const answer = this.answers.shift();
    if (answer === undefined) throw new Error("FakeUi: no answer queued for a prompt");
    return {
      getResponseText: () => answer ?? "",
      getSelectedButton: () => (answer === null ? Button.CANCEL : Button.OK),
    } as unknown as GoogleAppsScript.Base.PromptResponse;
  }

  /** https://developers.google.com/apps-script/reference/base/ui#showSidebar(Object) */
  showSidebar(userInterface: object): void {
    this.sidebars.push(userInterface as FakeHtmlOutput);
  }

  /** https://developers.google.com/apps-script/reference/base/ui#showModalDialog(Object,String) */
  showModalDialog(userInterface: object, title: string): void {
    if (typeof title !== "string") throw new Error("Invalid argument: title");
    this.dialogs.push({ output: userInterface as FakeHtmlOutput, title });
  }

  /**
   * An alert with «Да» / «Нет» (ButtonSet.YES_NO) answers with the next queued confirmation; any other
   * returns OK. https://developers.google.com/apps-script/reference/base/ui#alert(String,String,ButtonSet)
   */
  alert(...args: unknown[]): GoogleAppsScript.Base.Button {
    this.alerts.push(args.filter((arg) => typeof arg === "string" && !(arg in ButtonSet)).join(" — "));
    if (!args.includes(ButtonSet.YES_NO)) return Button.OK as unknown as GoogleAppsScript.Base.Button;
    const yes = this.confirmations.shift();
    if (yes === undefined) throw new Error("FakeUi: no answer queued for a yes/no alert");
    return (yes ? Button.YES : Button.NO) as unknown as GoogleAppsScript.Base.Button;
  }
}
