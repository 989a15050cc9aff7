import { expect, test, type Page } from "./support/test";
import { soloPerson } from "./support/page-tour";

/*
 * The quick exit, as the product promises it: reachable before any content, on screen and on
 * top of everything, also on Escape twice, and leaving a neutral page that Back does not undo.
 */
const quickExit = (page: Page) => page.getByRole("button", { name: "Quick exit" });

async function expectOnNeutralPage(page: Page) {
  await expect(page).toHaveURL(/\/away$/);
  await expect(page).toHaveTitle("Weather");
  await expect(page.getByText("Kintsugi")).toHaveCount(0);
}

test("is the first thing Tab reaches, before any content", async ({ page }) => {
  await page.goto("/sign-in");
  await page.keyboard.press("Tab");
  await expect(quickExit(page)).toBeFocused();
});

test("replaces the page with a neutral one that Back does not undo", async ({ page }) => {
  await page.goto("/sign-in");
  await page.goto("/sign-up");
  const entriesBefore = await page.evaluate(() => history.length);

  await quickExit(page).click();
  await expectOnNeutralPage(page);
  // The sign-up page's entry was overwritten, not followed by a new one.
  expect(await page.evaluate(() => history.length)).toBe(entriesBefore);
  await page.goBack();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goForward();
  await expectOnNeutralPage(page);
});

test("Escape twice within a second leaves; two slow presses do not", async ({ page }) => {
  await page.goto("/sign-in");
  await page.keyboard.press("Escape");
  await page.waitForTimeout(1_200);
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\/sign-in$/);

  await page.keyboard.press("Escape");
  await expectOnNeutralPage(page);
});

test("stays on screen and uncovered, even over the tab bar and an open sheet", async ({ browser }) => {
  const solo = await soloPerson(browser);
  const { page } = solo;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/settings");

  await page.mouse.wheel(0, 5_000);
  const box = await quickExit(page).boundingBox();
  expect(box && box.y >= 0 && box.y + box.height <= 844).toBe(true);

  await page.getByRole("button", { name: "More" }).click();
  await expect(page.getByRole("dialog", { name: "More" })).toBeVisible();
  // Still in the accessibility tree and hit by a click while the modal sheet is open.
  await quickExit(page).click();
  await expectOnNeutralPage(page);
  await solo.close();
});

test("Escape twice leaves even from inside a dialog", async ({ browser }) => {
  const solo = await soloPerson(browser);
  const { page } = solo;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/settings");
  await page.getByRole("button", { name: "More" }).click();
  await expect(page.getByRole("dialog", { name: "More" })).toBeVisible();
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await expectOnNeutralPage(page);
  await solo.close();
});

async function startOwnSpace(page: Page) {
  await page.getByRole("button", { name: "Create our space" }).click();
  await expect(page.getByTestId("invite-link")).toBeVisible();
}

const sessionCookies = async (page: Page) =>
  (await page.context().cookies()).filter((cookie) => cookie.name.includes("next-auth.session-token"));

test("signs out on the server too: Back from the neutral page reaches the sign-in page, never content", async ({
  browser,
}) => {
  const solo = await soloPerson(browser);
  const { page } = solo;
  await startOwnSpace(page);
  await page.goto("/dashboard");
  // A client-side step inside the app, as a person browses: same document, new history entry.
  await page.getByRole("link", { name: "Timeline" }).first().click();
  await expect(page).toHaveURL(/\/timeline$/);
  expect(await sessionCookies(page)).toHaveLength(1);
  // A copy of the cookie, taken while signed in, must stop working too: the session ends on the server.
  const copy = await browser.newContext();
  await copy.addCookies(await page.context().cookies());
  expect((await copy.request.get("/api/trpc/account.me")).status()).toBe(200);

  await quickExit(page).click();
  await expectOnNeutralPage(page);
  await expect.poll(() => sessionCookies(page)).toHaveLength(0);
  await expect.poll(async () => (await copy.request.get("/api/trpc/account.me")).status()).toBe(401);
  await copy.close();

  // Back lands on an earlier entry of the app: it shows the sign-in page, whether the
  // browser loads it again or restores it from the back-forward cache.
  await page.goBack();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  await expect(page.getByText("Just you, for now")).toHaveCount(0);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in$/);
  await solo.close();
});

test("a signed-in page restored from the back-forward cache checks the session before it shows", async ({
  browser,
}) => {
  const solo = await soloPerson(browser);
  const { page } = solo;
  await startOwnSpace(page);
  await page.goto("/timeline");
  await page.goto("/away");
  // Signed out elsewhere (another tab, "sign out everywhere") while this page waited in the cache.
  await page.context().clearCookies();
  await page.goBack();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByTestId("timeline-day")).toHaveCount(0);
  await solo.close();
});

test("a signed-in page restored from the back-forward cache shows again while the session lasts", async ({
  browser,
}) => {
  const solo = await soloPerson(browser);
  const { page } = solo;
  await startOwnSpace(page);
  await page.goto("/timeline");
  await page.goto("/away");
  await page.goBack();
  await expect(page).toHaveURL(/\/timeline$/);
  await expect(page.locator("html")).not.toHaveCSS("visibility", "hidden");
  await expect(page.getByTestId("timeline-day")).toBeVisible();
  await solo.close();
});

test("refuses to end a session for another site's page", async ({ request }) => {
  const response = await request.post("/api/session/end", { headers: { Origin: "https://evil.example" } });
  expect(response.status()).toBe(403);
  expect(response.headers()["set-cookie"]).toBeUndefined();
});
