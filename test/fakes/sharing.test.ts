import { describe, expect, it } from "vitest";
import { createAppsScript } from "./appsScript";
import { FakeDrive, NO_ITEM } from "./drive";
import { type FakeForm, NO_ITEM_MESSAGE } from "./forms";

const A = "zam@school.example";
const B = "metodist@school.example";

describe("fake users, owners and sharing", () => {
  it("Session's active and effective user is whoever runs the script", () => {
    const world = createAppsScript({ user: A });
    const session = world.globals.Session as GoogleAppsScript.Base.Session;
    expect(session.getEffectiveUser().getEmail()).toBe(A);
    world.actAs(B);
    expect(session.getActiveUser().getEmail()).toBe(B);
  });

  it("FormApp.openById throws for a form not shared with the user, as for a deleted one", () => {
    const world = createAppsScript({ user: A });
    const form = world.formApp.create("Анкета") as unknown as FakeForm;
    world.actAs(B);
    expect(() => world.formApp.openById(form.getId())).toThrow(NO_ITEM_MESSAGE);
    world.actAs(A);
    form.addEditors([B]);
    world.actAs(B);
    expect(world.formApp.openById(form.getId())).toBe(form);
    expect(form.getEditors().map((user) => user.getEmail())).toEqual([A, B]);
  });

  it("getProjectTriggers lists only the caller's triggers", () => {
    const world = createAppsScript({ user: A });
    const scriptApp = world.scriptApp;
    scriptApp.newTrigger("onFormSubmit").forSpreadsheet(world.spreadsheet.getId()).onFormSubmit().create();
    world.actAs(B);
    expect(scriptApp.getProjectTriggers()).toEqual([]);
    world.actAs(A);
    expect(scriptApp.getProjectTriggers().map((trigger) => trigger.getHandlerFunction())).toEqual([
      "onFormSubmit",
    ]);
  });

  it("Drive opens a file for its owner, an editor, or an editor of its folder; otherwise it throws", () => {
    let user = A;
    const drive = new FakeDrive(createAppsScript().calls, () => user);
    const app = drive.app();
    const folder = app.createFolder("Папка");
    const inner = drive.newDocument("Документ", folder);
    const loose = drive.newDocument("Другой");
    user = B;
    expect(() => app.getFileById(inner.id)).toThrow(NO_ITEM);
    expect(() => app.getFolderById(folder.getId())).toThrow(NO_ITEM);
    user = A;
    folder.addEditors([B]);
    user = B;
    expect(app.getFileById(inner.id).getName()).toBe("Документ");
    expect(() => app.getFileById(loose.id)).toThrow(NO_ITEM);
    expect(folder.getOwner().getEmail()).toBe(A);
  });

  it("the spreadsheet lists its owner and editors", () => {
    const world = createAppsScript({ user: A });
    world.spreadsheet.editors.push(B);
    expect(world.spreadsheet.getEditors().map((user) => user.getEmail())).toEqual([A, B]);
  });
});
