/**
 * HtmlService as the panel uses it: a page made from a string, its title and size.
 * https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutput(String)
 * https://developers.google.com/apps-script/reference/html/html-output
 */
import type { Implements } from "./calls";

type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

export class FakeHtmlOutput
  implements Implements<HtmlOutput, "getContent" | "setTitle" | "setWidth" | "setHeight" | "getTitle">
{
  title = "";
  width: number | undefined;
  height: number | undefined;
  constructor(private readonly content: string) {}
  getContent(): string {
    return this.content;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: string): HtmlOutput {
    this.title = title;
    return this as unknown as HtmlOutput;
  }
  /** Pixels; a sidebar ignores it (always 300 px wide), a dialog uses it. */
  setWidth(width: number): HtmlOutput {
    if (!Number.isInteger(width)) throw new Error("Invalid argument: width");
    this.width = width;
    return this as unknown as HtmlOutput;
  }
  setHeight(height: number): HtmlOutput {
    if (!Number.isInteger(height)) throw new Error("Invalid argument: height");
    this.height = height;
    return this as unknown as HtmlOutput;
  }
}

export const HtmlService = {
  createHtmlOutput(html?: string): HtmlOutput {
    if (typeof html !== "string") throw new Error("Invalid argument: html");
    return new FakeHtmlOutput(html) as unknown as HtmlOutput;
  },
};
