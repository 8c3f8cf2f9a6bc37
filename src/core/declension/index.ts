export { CASE_TITLES, GRAMMATICAL_CASES, type GrammaticalCase, isGrammaticalCase } from "./cases";
export {
  declineFull,
  declineInitialsFirst,
  declineParts,
  declineShort,
  formatPerson,
  type NameParts,
  type PersonForm,
  PersonNameError,
  personInitials,
} from "./decline";
export { inferGender, inferSex, type Sex, sexFromPatronymic, storedSex } from "./gender";
export { isPersonName, normaliseNamePart, type PersonName } from "./person";
