import type { Implements } from "./calls";

type Properties = GoogleAppsScript.Properties.Properties;

export class FakeProperties
  implements Implements<Properties, "getProperty" | "setProperty" | "deleteProperty" | "getKeys">
{
  readonly values = new Map<string, string>();
  getProperty(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  setProperty(key: string, value: string): Properties {
    this.values.set(key, value);
    return this as unknown as Properties;
  }
  getKeys(): string[] {
    return [...this.values.keys()];
  }
  deleteProperty(key: string): Properties {
    this.values.delete(key);
    return this as unknown as Properties;
  }
}
