/** The mentor's final report: its questionnaire, its sheet «Итоговые отчёты», import and reading per pair. */
export * from "./form";
export * from "./importFinalReports";
export * from "./readFinalReports";
export * from "./sheet";
