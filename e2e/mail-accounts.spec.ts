import { expect, test } from "./support/test";
import { linkedCouple, newPerson, signIn, signUp, startSpace, submitSignUp } from "./support/accounts";
import { linksIn, mailTo, waitForMail } from "./support/mail";

test("a partner signs up through the invite link and finishes from the mail, straight into joining", async ({
  browser,
}) => {
  const [contextA, contextB] = await Promise.all([browser.newContext(), browser.newContext()]);
  const [pageA, pageB] = await Promise.all([contextA.newPage(), contextB.newPage()]);
  const link = await startSpace(pageA, newPerson("Robin"));
  const sam = newPerson("Sam");
  await pageB.goto(link);
  await pageB.getByRole("link", { name: "Create my account" }).click();
  await submitSignUp(pageB, sam);
  await expect(pageB.getByRole("heading", { name: "Check your inbox to finish" })).toBeVisible();
  // Not an account until the link is used.
  await pageB.goto("/dashboard");
  await expect(pageB).toHaveURL(/\/sign-in/);
  const mail = await waitForMail(sam.email, "Confirm your email address");
  await pageB.goto(linksIn(mail).find((candidate) => candidate.includes("/confirm-email"))!);
  await pageB.getByRole("button", { name: "Confirm and continue" }).click();
  await expect(pageB).toHaveURL(new RegExp(`${new URL(link).pathname}$`));
  await pageB.getByRole("button", { name: /^Join / }).click();
  await expect(pageB).toHaveURL(/\/dashboard$/);
  await Promise.all([contextA.close(), contextB.close()]);
});

test("a sign-up with an address that has an account ends on the same screen, and mails its owner", async ({ page }) => {
  const owner = newPerson("Harper");
  await signUp(page, owner);
  await expect(page).toHaveURL(/\/welcome$/);
  await page.context().clearCookies();

  await page.goto("/sign-up");
  await submitSignUp(page, { ...newPerson("Stranger"), email: owner.email });
  await expect(page.getByRole("heading", { name: "Check your inbox to finish" })).toBeVisible();
  const mail = await waitForMail(owner.email, "Someone tried to sign up with your address");
  expect(linksIn(mail).map((link) => new URL(link).pathname)).toEqual(["/sign-in", "/forgot-password"]);
  expect((await mailTo(owner.email)).filter((m) => m.subject === "Confirm your email address")).toHaveLength(1);
});

test("forgot password, start to finish: the mail, a new password, the old session ends, sign in", async ({
  browser,
}) => {
  const couple = await linkedCouple(browser, ["Avery", "Quinn"]);
  const { person, page: oldSession } = couple.a;
  const context = await browser.newContext();
  const page = await context.newPage();

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await page.getByLabel("Email").fill(person.email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("status")).toContainText(`If ${person.email} has an account`);

  // The same answer for an address without one.
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(`nobody-${Date.now()}@example.test`);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("status")).toContainText("has an account, a link to choose a new password is on its way");

  const mail = await waitForMail(person.email, "Reset your password");
  const link = linksIn(mail).find((candidate) => candidate.includes("/reset-password"))!;
  expect(new URL(link).origin).toBe(new URL(page.url()).origin);
  await page.goto(link);
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute("content", "no-referrer");
  // The token leaves the address bar once the page has it.
  await expect(page).toHaveURL(/\/reset-password$/);
  await page.getByLabel("New password").fill("a completely new password");
  await page.getByRole("button", { name: "Set my new password" }).click();
  await expect(page.getByRole("status")).toContainText("Your password is changed");
  // No automatic sign-in.
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in/);

  await oldSession.goto("/dashboard");
  await expect(oldSession).toHaveURL(/\/sign-in/);
  await waitForMail(person.email, "Your password was changed");

  // The link works once.
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This link has expired" })).toBeVisible();

  await signIn(page, { ...person, password: "a completely new password" });
  await expect(page).toHaveURL(/\/dashboard$/);
  await context.close();
  await couple.close();
});

test("a bad reset link and a malformed address get clear answers", async ({ page }) => {
  await page.goto("/reset-password?token=not-a-real-token");
  await expect(page.getByRole("heading", { name: "This link has expired" })).toBeVisible();
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill("not an address");
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByText("That doesn't look like an email address.")).toBeVisible();
});
