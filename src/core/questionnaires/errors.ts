/** A questionnaire problem the coordinator must fix (wrong file, damaged sheet); the message is in Russian. */
export class QuestionnaireError extends Error {
  override readonly name = "QuestionnaireError";
}
