import type { CallLog, Implements } from "./calls";

type MailApp = GoogleAppsScript.Mail.MailApp;
type MailAdvancedParameters = GoogleAppsScript.Mail.MailAdvancedParameters;

/**
 * The quotas page (https://developers.google.com/apps-script/guides/services/quotas): a consumer account
 * may send to 100 recipients a day, at most 50 in one message, with a body of at most 200 KB.
 */
export const MAIL_DAILY_RECIPIENTS = 100;
export const MAIL_RECIPIENTS_PER_MESSAGE = 50;
export const MAIL_BODY_BYTES = 200 * 1024;

export interface SentMail {
  readonly from: string;
  readonly to: string[];
  readonly subject: string;
  readonly body: string;
  readonly htmlBody?: string;
  readonly name?: string;
}

function addresses(list: string | undefined): string[] {
  return (list ?? "")
    .split(",")
    .map((address) => address.trim())
    .filter(Boolean);
}

/**
 * MailApp, object form only (the one this project uses), strict where Google is.
 * https://developers.google.com/apps-script/reference/mail/mail-app
 */
export class FakeMailApp implements Implements<MailApp, "getRemainingDailyQuota"> {
  readonly sent: SentMail[] = [];
  /** Recipients the sender may still reach today. */
  remaining = MAIL_DAILY_RECIPIENTS;

  constructor(
    readonly calls: CallLog,
    private readonly user: () => string,
  ) {}

  /**
   * «Returns the number of remaining emails a user can send for the rest of the day. Quotas are based on
   * the number of email recipients.»
   * https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota()
   */
  getRemainingDailyQuota(): number {
    this.calls.record("MailApp.getRemainingDailyQuota");
    return this.remaining;
  }

  /**
   * https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object): `to`, `cc` or
   * `bcc` must name someone, `subject` and `body` are required; every recipient counts against the quota,
   * and Apps Script refuses a send that would exceed it, or the per-message limits.
   */
  sendEmail(message: MailAdvancedParameters): void {
    this.calls.record("MailApp.sendEmail");
    const recipients = [...addresses(message.to), ...addresses(message.cc), ...addresses(message.bcc)];
    if (recipients.length === 0) throw new Error("Exception: Failed to send email: no recipient");
    for (const address of recipients)
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address))
        throw new Error(`Exception: Invalid email: ${address}`);
    if (message.subject === undefined || message.body === undefined)
      throw new Error("Exception: The parameters (subject, body) are required.");
    if (recipients.length > MAIL_RECIPIENTS_PER_MESSAGE)
      throw new Error("Exception: Too many recipients in one message.");
    const size = Buffer.byteLength(message.body, "utf8") + Buffer.byteLength(message.htmlBody ?? "", "utf8");
    if (size > MAIL_BODY_BYTES) throw new Error("Exception: Limit Exceeded: Email Body Size.");
    if (recipients.length > this.remaining)
      throw new Error("Exception: Service invoked too many times for one day: email.");
    this.remaining -= recipients.length;
    this.sent.push({
      from: this.user(),
      to: recipients,
      subject: message.subject,
      body: message.body,
      ...(message.htmlBody !== undefined ? { htmlBody: message.htmlBody } : {}),
      ...(message.name !== undefined ? { name: message.name } : {}),
    });
  }
}
