export {
  type CalendarDate,
  CalendarDateError,
  calendarDate,
  calendarDateFromLocal,
  calendarDateFromUtc,
  compareCalendarDates,
  dayOf,
  daysInMonth,
  formatDateLong,
  formatDateNumeric,
  formatDateQuoted,
  formatMonthYear,
  isCalendarDate,
  isValidCalendarDate,
  MONTHS_GENITIVE,
  MONTHS_NOMINATIVE,
  monthName,
  parseIsoDate,
  parseRussianDate,
  termEnd,
  toIsoDate,
} from "./dates";
export { formatNumber, NBSP, type NumberFormatOptions, pluralForm, THIN_NBSP } from "./numbers";
export { type CountGender, numberInWords } from "./numberWords";
export { lowerFirst } from "./text";
