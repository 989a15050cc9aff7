import { expect, test, type APIRequestContext, type Browser } from "./support/test";
import { newPerson, signIn, signUp, type Person } from "./support/accounts";

const FIREFOX_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
const SAFARI_ON_IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

/** Whether these cookies still sign someone in, read from the raw API answer. */
async function signedIn(request: APIRequestContext) {
  const response = await request.get("/api/trpc/account.me");
  return response.status() === 200;
}

async function deviceSignedInAs(browser: Browser, person: Person, userAgent?: string) {
  const context = await browser.newContext(userAgent ? { userAgent } : {});
  const page = await context.newPage();
  await signIn(page, person);
  await expect(page).not.toHaveURL(/\/sign-in/, { timeout: 30_000 });
  return { context, page };
}

async function deviceSignedUpAs(browser: Browser, person: Person) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUp(page, person);
  // Hashing a password at full cost takes a while on a busy 2-core machine.
  await expect(page).toHaveURL(/\/welcome$/, { timeout: 30_000 });
  return { context, page };
}

test("a copy of the session cookie stops working once that device signs out", async ({ browser }) => {
  const person = newPerson("Sasha");
  const device = await browser.newContext();
  const page = await device.newPage();
  await signUp(page, person);
  await expect(page).toHaveURL(/\/welcome$/);

  // Someone copies the cookie while the device is signed in.
  const copy = await browser.newContext();
  await copy.addCookies(await device.cookies());
  expect(await signedIn(copy.request)).toBe(true);

  await page.goto("/settings");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  expect(await signedIn(copy.request)).toBe(false);
  await Promise.all([device.close(), copy.close()]);
});

test("signing out one device from another ends only that one, and the list shows only your own", async ({
  browser,
}) => {
  const person = newPerson("Morgan");
  const someoneElse = newPerson("Quinn");
  // Signing up signs in: each sign-up's browser is a device of its own.
  const laptop = await deviceSignedUpAs(browser, person);
  const theirs = await deviceSignedUpAs(browser, someoneElse);
  const firefox = await deviceSignedInAs(browser, person, FIREFOX_ON_WINDOWS);
  const phone = await deviceSignedInAs(browser, person, SAFARI_ON_IPHONE);
  await deviceSignedInAs(browser, someoneElse, SAFARI_ON_IPHONE).then(({ context }) => context.close());

  await laptop.page.goto("/settings");
  const devices = laptop.page.getByRole("list", { name: "Devices signed in" });
  await expect(devices.getByRole("listitem")).toHaveCount(3);
  await expect(devices).toContainText("Firefox on Windows");
  await expect(devices).toContainText("Safari on iPhone");
  await expect(devices.getByRole("listitem").filter({ hasText: "This device" })).toHaveCount(1);
  await expect(devices).toContainText("last used today");

  await laptop.page.getByRole("button", { name: "Sign out Firefox on Windows" }).click();
  await expect(devices.getByRole("listitem")).toHaveCount(2);
  expect(await signedIn(firefox.context.request)).toBe(false);
  expect(await signedIn(phone.context.request)).toBe(true);
  expect(await signedIn(laptop.context.request)).toBe(true);
  expect(await signedIn(theirs.context.request)).toBe(true);

  await laptop.page.getByRole("button", { name: "Sign out everywhere else" }).click();
  await expect(devices.getByRole("listitem")).toHaveCount(1);
  expect(await signedIn(phone.context.request)).toBe(false);
  expect(await signedIn(laptop.context.request)).toBe(true);
  expect(await signedIn(theirs.context.request)).toBe(true);

  await Promise.all([laptop.context.close(), firefox.context.close(), phone.context.close(), theirs.context.close()]);
});
