import { expect, test, type Locator, type Page } from "./support/test";
import { linkedCouple } from "./support/accounts";

/** Whether the whole of `locator` is on screen, between the sticky header and the tab bar. */
async function expectUncovered(page: Page, locator: Locator) {
  const box = await locator.boundingBox();
  const header = await page.locator("[data-shell-header]").boundingBox();
  const tabBar = await page.locator("[data-tab-bar]").boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(header!.y + header!.height - 1);
  expect(box!.y + box!.height).toBeLessThanOrEqual(tabBar!.y + 1);
}

test("a dashboard link to a vent lands on that vent, its button clear of the tab bar, on a phone", async ({
  browser,
}) => {
  const { a, b, close } = await linkedCouple(browser, ["Sam", "Robin"]);
  const robin = b.page;
  await robin.goto("/vents");
  // Hydrated (the live connection opens from React): a click now is the app's, not the bare form's.
  await expect(robin.locator('[data-live="connected"]')).toHaveCount(1);
  const words = ["The first thing, from weeks ago.", "Another thing.", "And another.", "One more.", "The newest."];
  for (const body of words) {
    await robin.getByTestId("vent-body").fill(`${body} ${"It still sits with me. ".repeat(12)}`);
    await robin.getByTestId("vent-submit").click();
    await expect(robin.getByTestId("vent").filter({ hasText: body })).toHaveCount(1);
  }

  const sam = a.page;
  await sam.setViewportSize({ width: 390, height: 844 });
  await sam.goto("/dashboard");
  const link = sam.getByRole("link", { name: /The first thing, from weeks ago/ });
  const href = await link.getAttribute("href");
  expect(href).toMatch(/^\/vents#vent-/);
  await link.click();
  await expect(sam).toHaveURL(/\/vents#vent-/);

  const target = sam.locator(href!.slice("/vents".length));
  await expect(target).toHaveAttribute("data-linked", "");
  const acknowledge = target.getByRole("button", { name: "I read this and I hear you" });
  await expect(acknowledge).toBeInViewport();
  await expectUncovered(sam, target);

  // Loaded whole (a link opened in a new tab) it lands there too.
  await sam.goto("/dashboard");
  await sam.goto(href!);
  await expect(acknowledge).toBeInViewport();
  await expectUncovered(sam, acknowledge);
  await close();
});

test("on a phone, the last button of a long page scrolls clear of the tab bar", async ({ browser }) => {
  const { a, close } = await linkedCouple(browser, ["Sam", "Robin"]);
  const page = a.page;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/settings");
  const last = page.locator("main button:visible").last();
  // The settings cards stream in and lengthen the page: scroll to the very end once they have.
  await expect(async () => {
    await page.mouse.wheel(0, 20_000);
    await expectUncovered(page, last);
  }).toPass({ timeout: 15_000 });
  await close();
});

test("an invalid field gets focus clear of the sticky header", async ({ browser }) => {
  const { a, close } = await linkedCouple(browser, ["Sam", "Robin"]);
  const page = a.page;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/dates/new");
  await expect(page.locator('[data-live="connected"]')).toHaveCount(1);
  await page.mouse.wheel(0, 5_000);
  await page.getByRole("button", { name: "Plan it" }).click();
  const title = page.getByLabel("What's the plan?");
  await expect(title).toBeFocused();
  const box = await title.boundingBox();
  const header = await page.locator("[data-shell-header]").boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(header!.y + header!.height);
  await close();
});
