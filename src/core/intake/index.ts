/** Intake: form answers into the workbook, the forms registry in «Настройки», identifying forms. */
export * from "./ensureSheet";
export * from "./event";
export * from "./exportForm";
export * from "./formSettings";
export * from "./identify";
export * from "./importBank";
export * from "./importKeyedRows";
export * from "./importMonitoring";
export * from "./importPreferences";
export * from "./importResponses";
export * from "./questionnaireSet";
export * from "./registry";
export * from "./report";
export * from "./rowWrites";
