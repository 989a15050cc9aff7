import { expect, test } from "./support/test";
import { joinThroughLink, newPerson, signIn, signUp, startSpace } from "./support/accounts";

test("two partners link through an invite, and a spent link is refused", async ({ browser }) => {
  const alex = newPerson("Alex");
  const blair = newPerson("Blair");
  const casey = newPerson("Casey");
  const [contextA, contextB, contextC] = await Promise.all([
    browser.newContext(),
    browser.newContext(),
    browser.newContext(),
  ]);
  const [pageA, pageB, pageC] = await Promise.all([contextA.newPage(), contextB.newPage(), contextC.newPage()]);

  // A signs up, creates the space and copies the invite link.
  const link = await startSpace(pageA, alex);

  // B opens it in another browser, signs up there and joins.
  await pageB.goto(link);
  await expect(pageB.getByRole("heading", { name: "Alex invited you" })).toBeVisible();
  await joinThroughLink(pageB, link, blair);

  // Both dashboards show both names.
  await pageA.getByRole("button", { name: "Go to our dashboard" }).click();
  for (const page of [pageA, pageB]) {
    await expect(page.getByTestId("day-count")).toBeVisible();
    await expect(page.getByText("Alex & Blair").or(page.getByText("Blair & Alex")).first()).toBeVisible();
  }
  await expect(pageA.getByRole("heading", { name: "Waiting on Blair" })).toBeVisible();
  await expect(pageB.getByRole("heading", { name: "Waiting on Alex" })).toBeVisible();

  // C cannot use the spent link and is told why.
  await pageC.goto(link);
  await expect(pageC.getByTestId("invite-problem")).toHaveText(/already been used/);
  await signUp(pageC, casey, `/sign-up?next=${encodeURIComponent(new URL(link).pathname)}`);
  await expect(pageC.getByTestId("invite-problem")).toHaveText(/already been used/);

  // Sign out and back in.
  await pageA.goto("/settings");
  await pageA.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(pageA).toHaveURL(/\/sign-in/);
  await pageA.goto("/dashboard");
  await expect(pageA).toHaveURL(/\/sign-in/);
  await signIn(pageA, alex);
  await expect(pageA).toHaveURL(/\/dashboard$/);
  await expect(pageA.getByText("Alex & Blair")).toBeVisible();

  await Promise.all([contextA.close(), contextB.close(), contextC.close()]);
});

test("a partner joins with the code typed on the welcome page; a code it doesn't know is said beside the field", async ({
  browser,
}) => {
  const [contextA, contextB] = await Promise.all([browser.newContext(), browser.newContext()]);
  const [pageA, pageB] = await Promise.all([contextA.newPage(), contextB.newPage()]);
  await startSpace(pageA, newPerson("Alex"));
  const code = (await pageA.getByTestId("invite-code").textContent()) ?? "";

  await signUp(pageB, newPerson("Blair"));
  await expect(pageB).toHaveURL(/\/welcome$/);
  const field = pageB.getByLabel("Invite code");
  await pageB.getByRole("button", { name: "Join my partner" }).click();
  await expect(field).toHaveAccessibleDescription(/Enter the invite code/);
  await expect(field).toBeFocused();
  await field.fill("ABCD-EFGH-JKMN-PQRS-TVWX");
  await pageB.getByRole("button", { name: "Join my partner" }).click();
  await expect(field).toHaveAccessibleDescription(/isn't one we know/);

  await field.fill(code);
  await pageB.getByRole("button", { name: "Join my partner" }).click();
  await expect(pageB).toHaveURL(/\/dashboard$/);
  await expect(pageB.getByText("Alex & Blair").or(pageB.getByText("Blair & Alex")).first()).toBeVisible();

  await Promise.all([contextA.close(), contextB.close()]);
});

test("a wrong password is refused without saying whether the email exists", async ({ page }) => {
  const dana = newPerson("Dana");
  await signUp(page, dana);
  await expect(page).toHaveURL(/\/welcome$/);
  await page.context().clearCookies();

  await signIn(page, { ...dana, password: "not the right password" });
  const formAlert = page.locator("form [role=alert]");
  await expect(formAlert).toBeVisible();
  const known = await formAlert.textContent();
  await signIn(page, { ...newPerson("Nobody"), password: "not the right password" });
  await expect(formAlert).toBeVisible();
  const unknown = await formAlert.textContent();
  expect(known).toBe(unknown);
  expect(known).toMatch(/don't match an account/);
});

test("after ten tries for one email, sign-in says to wait and for how long", async ({ page }) => {
  const target = newPerson("Eden");
  await signUp(page, target);
  await expect(page).toHaveURL(/\/welcome$/);
  await page.context().clearCookies();
  const formAlert = page.locator("form [role=alert]");
  // Signing up was one attempt (finishing from the mail signs in without a password); nine wrong passwords make ten.
  for (let i = 0; i < 9; i++) {
    await signIn(page, { ...target, password: `wrong password ${i}` });
    await expect(formAlert).toHaveText(/don't match an account/);
  }
  await signIn(page, target);
  await expect(formAlert).toHaveText(/Too many attempts\. Please try again in 15 minutes\./);
});

test("the sign-in form checks its fields before anything is sent", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("not an address");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That doesn't look like an email address.")).toBeVisible();
  await expect(page.getByText("Enter your password.")).toBeVisible();
});
