/**
 * How a person's consents and status are read, the same way for the form lists, matching and documents:
 * a coordinator may type «Получено», «получено » or «ПОЛУЧЕНО» — all mean the consent was received.
 */
import { type Cell, cellText } from "../cell";
import { foldKey } from "../questionnaires/text";
import { CONSENT_STATES, PERSON_STATUSES } from "./enums";

const RECEIVED = foldKey(CONSENT_STATES[0]);
const NEEDS_REVIEW = foldKey(PERSON_STATUSES[1]);
const LEFT = foldKey(PERSON_STATUSES[2]);

/** Whether a consent cell says «получено» (spaces, case and «ё»/«е» ignored). */
export function hasConsent(value: Cell | undefined): boolean {
  return foldKey(cellText(value)) === RECEIVED;
}

/** Whether a status cell says the person has left the programme («Выбыл», in any case). */
export function hasLeft(status: Cell | undefined): boolean {
  return foldKey(cellText(status)) === LEFT;
}

/** Whether a status cell says «Требует проверки»: the import found something wrong in the answers. */
export function needsReview(status: Cell | undefined): boolean {
  return foldKey(cellText(status)) === NEEDS_REVIEW;
}

/**
 * Why a person «Требует проверки» is neither matched, approved nor printed: what «Замечания» says, and
 * what to do. Until a coordinator has checked them, their answers may be wrong in an order.
 */
export function reviewReason(remarks: Cell | undefined): string {
  const why = cellText(remarks).trim();
  return `анкета требует проверки${why ? `: ${why}` : ""}; исправьте и поставьте статус «Активен»`;
}
