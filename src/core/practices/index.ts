/** «Методическая копилка»: practices submitted by form, the expert card, the list for the final report. */
export * from "./form";
export * from "./importPractices";
export * from "./readPractices";
export * from "./sheet";
