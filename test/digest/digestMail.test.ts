import { describe, expect, it } from "vitest";
import { DIGEST_MAX_ITEMS, digestMail } from "../../src/core/digest/digestMail";
import { digestEnabled, digestRecipients, isEmailAddress } from "../../src/core/digest/settings";
import type { AttentionItem } from "../../src/core/year/attention";

const today = { year: 2026, month: 12, day: 7 };
const url = "https://docs.google.com/spreadsheets/d/abc/edit";

function item(text: string): AttentionItem {
  return { kind: "noMeetings", subject: "ПР-001", text };
}

describe("the digest e-mail", () => {
  it("lists every line of «Требует внимания» in the text and in HTML, with the link and how to turn it off", () => {
    const attention = [
      item("ПР-001 (Иванова — Петров): 40 дней с последней встречи"),
      item("Дорожная карта: срок прошёл у пунктов 1.2"),
    ];
    const mail = digestMail({ attention, today, title: "МБОУ «СОШ № 1»", url });
    expect(mail.subject).toBe("Наставничество: требует внимания — 2 (07.12.2026)");
    expect(mail.body.split("\n").slice(0, 5)).toEqual([
      "Программа наставничества, МБОУ «СОШ № 1»: сводка на 07.12.2026.",
      "",
      "Требует внимания (2):",
      "• ПР-001 (Иванова — Петров): 40 дней с последней встречи",
      "• Дорожная карта: срок прошёл у пунктов 1.2",
    ]);
    expect(mail.body).toContain(`Таблица: ${url}`);
    expect(mail.body).toContain("«Наставничество → Еженедельная сводка на почту»");
    expect(mail.htmlBody).toContain("<ul><li>ПР-001 (Иванова — Петров): 40 дней с последней встречи</li>");
    expect(mail.htmlBody).toContain(`<a href="${url}">Открыть таблицу</a>`);
  });

  it("escapes what a coordinator typed, so a name cannot become markup", () => {
    const mail = digestMail({ attention: [item('<b>Смирнова & "К"</b>')], today, title: "<Школа>", url });
    expect(mail.htmlBody).toContain("<li>&lt;b&gt;Смирнова &amp; &quot;К&quot;&lt;/b&gt;</li>");
    expect(mail.htmlBody).not.toContain("<b>Смирнова");
    expect(mail.htmlBody).toContain("&lt;Школа&gt;");
  });

  it("says all is well when nothing needs attention", () => {
    const mail = digestMail({ attention: [], today, title: "Школа", url });
    expect(mail.subject).toBe("Наставничество: всё в порядке (07.12.2026)");
    expect(mail.body).toContain("Ничего не требует внимания.");
    expect(mail.htmlBody).not.toContain("<ul>");
  });

  it("lists a long list up to its limit and counts the rest", () => {
    const attention = Array.from({ length: DIGEST_MAX_ITEMS + 7 }, (_, n) => item(`строка ${n + 1}`));
    const mail = digestMail({ attention, today, title: "Школа", url });
    expect(mail.body).toContain(`• строка ${DIGEST_MAX_ITEMS}\n`);
    expect(mail.body).not.toContain(`строка ${DIGEST_MAX_ITEMS + 1}`);
    expect(mail.body).toContain("…и ещё 7");
    expect(mail.subject).toContain(`— ${DIGEST_MAX_ITEMS + 7} `);
  });
});

describe("the digest settings", () => {
  it("are on only for «Да»", () => {
    expect(digestEnabled({ weeklyDigest: "Нет" })).toBe(false);
    expect(digestEnabled({ weeklyDigest: " да " })).toBe(true);
    expect(digestEnabled({})).toBe(false);
  });

  it("send to the addresses given, or to whoever turned it on", () => {
    expect(digestRecipients({ digestEmail: "" }, "zam@school.example")).toEqual(["zam@school.example"]);
    expect(digestRecipients({ digestEmail: "a@s.ru, b@s.ru;c@s.ru" }, "zam@school.example")).toEqual([
      "a@s.ru",
      "b@s.ru",
      "c@s.ru",
    ]);
    expect(digestRecipients({ digestEmail: "" })).toEqual([]);
    expect(isEmailAddress("zam@school.example")).toBe(true);
    expect(isEmailAddress("завуч")).toBe(false);
  });
});
