/**
 * How a person's consents and status are read, the same way for the form lists, matching and documents:
 * a coordinator may type «Получено», «получено » or «ПОЛУЧЕНО» — all mean the consent was received.
 */
import { type Cell, cellText } from "../cell";
import { foldKey } from "../questionnaires/text";
import { CONSENT_STATES, PERSON_STATUSES } from "./enums";

const RECEIVED = foldKey(CONSENT_STATES[0]);
const LEFT = foldKey(PERSON_STATUSES[2]);

/** Whether a consent cell says «получено» (spaces, case and «ё»/«е» ignored). */
export function hasConsent(value: Cell | undefined): boolean {
  return foldKey(cellText(value)) === RECEIVED;
}

/** Whether a status cell says the person has left the programme («Выбыл», in any case). */
export function hasLeft(status: Cell | undefined): boolean {
  return foldKey(cellText(status)) === LEFT;
}
