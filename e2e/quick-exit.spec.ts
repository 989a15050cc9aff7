import { expect, test, type Page } from "@playwright/test";
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
