import { expect, test } from "./support/test";
import { linkedCouple } from "./support/accounts";
import { linksIn, mailTo, waitForMail } from "./support/mail";

test("B turns notifications on, A sends a request, B gets one discreet mail whose link opens it after sign-in", async ({
  browser,
}) => {
  const { a, b, close } = await linkedCouple(browser, ["Alex", "Blair"]);

  await b.page.goto("/settings");
  await b.page.getByLabel("Something waiting on me").check();
  await b.page.getByLabel("Right away").check();
  // No quiet hours for this test, whatever the hour of the run.
  await b.page.getByLabel("From", { exact: true }).fill("00:00");
  await b.page.getByLabel("to", { exact: true }).fill("00:00");
  await b.page.getByRole("button", { name: "Save notifications" }).click();
  await expect(b.page.getByText("Saved.")).toBeVisible();

  await a.page.goto("/forgiveness");
  await a.page.getByRole("link", { name: "Ask for forgiveness" }).click();
  await a.page.getByLabel("What I did", { exact: true }).fill("I hid the letters from you for a year.");
  await a.page.getByLabel("How I understand it hurt you").fill("You felt foolish for trusting me.");
  await a.page.getByLabel("What I am doing about it").fill("I keep nothing from you now, and I see someone about it.");
  await a.page.getByRole("button", { name: "Send to Blair" }).click();
  await expect(a.page).toHaveURL(/\/forgiveness\/[0-9a-f-]{36}$/);
  const requestPath = new URL(a.page.url()).pathname;

  const mail = await waitForMail(b.person.email, "You have an update");
  expect(mail.from).not.toMatch(/kintsugi/i);
  expect(mail.text).not.toContain("Alex");
  expect(mail.text).not.toContain("letters");
  expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  await expect
    .poll(async () => (await mailTo(b.person.email)).filter((m) => m.subject === "You have an update").length, {
      timeout: 3000,
    })
    .toBe(1);

  // The link says nothing about where it leads; signed out, it asks to sign in first.
  const open = linksIn(mail)[0]!;
  expect(new URL(open).pathname).toMatch(/^\/n\/[0-9a-f-]{36}$/);
  const fresh = await browser.newContext();
  const page = await fresh.newPage();
  await page.goto(open);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByLabel("Email").fill(b.person.email);
  await page.getByLabel("Password").fill(b.person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${requestPath}$`));
  await expect(page.getByText("I hid the letters from you for a year.")).toBeVisible();

  // One click, signed out, stops them.
  const unsubscribe = linksIn(mail).find((link) => link.includes("/unsubscribe"))!;
  const anonymous = await browser.newContext();
  const stop = await anonymous.newPage();
  await stop.goto(unsubscribe);
  await stop.getByRole("button", { name: "Stop the emails" }).click();
  await expect(stop.getByRole("heading", { name: "You won't get these emails any more" })).toBeVisible();
  await b.page.reload();
  await expect(b.page.getByLabel("Something waiting on me")).not.toBeChecked();
  const forged = await anonymous.request.post(
    unsubscribe.replace("/unsubscribe?", "/api/unsubscribe?").replace(/s=[^&]+/, "s=forged"),
  );
  expect(forged.status()).toBe(400);

  await Promise.all([fresh.close(), anonymous.close(), close()]);
});
