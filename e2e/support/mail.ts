import { expect, type Page } from "@playwright/test";
import type { ReceivedMail } from "@/test/mail-sink";
import { e2ePorts } from "./ports";

export type { ReceivedMail };

/** Every mail the run's SMTP sink has received so far. */
export async function allMail(): Promise<ReceivedMail[]> {
  const response = await fetch(`http://127.0.0.1:${e2ePorts().mailApi}/messages`);
  return (await response.json()) as ReceivedMail[];
}

export async function mailTo(email: string) {
  return (await allMail()).filter((mail) => mail.to.includes(email.toLowerCase()));
}

/** Waits for a mail to this address whose subject matches, and returns it. */
export async function waitForMail(email: string, subject: string | RegExp, timeout = 20_000): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined;
  await expect
    .poll(
      async () => {
        found = (await mailTo(email)).find((mail) =>
          typeof subject === "string" ? mail.subject === subject : subject.test(mail.subject),
        );
        return Boolean(found);
      },
      { timeout, message: `a mail "${subject}" to ${email}` },
    )
    .toBe(true);
  return found!;
}

export function linksIn(mail: ReceivedMail) {
  return [...mail.text.matchAll(/https?:\/\/[^\s<>"]+/g)].map((match) => match[0]);
}

/** Finishes a sign-up from its confirmation mail, in this page: where it goes next is the sign-up's "next". */
export async function confirmFromMail(page: Page, email: string) {
  await expect(page.getByRole("heading", { name: "Check your inbox to finish" })).toBeVisible();
  const mail = await waitForMail(email, "Confirm your email address");
  await page.goto(linksIn(mail).find((link) => link.includes("/confirm-email"))!);
  await page.getByRole("button", { name: "Confirm and continue" }).click();
}
