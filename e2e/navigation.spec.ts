import { expect, test } from "@playwright/test";
import { newPerson, startSpace } from "./support/accounts";

test("the dashboard arrives whole, and a tap on the way to it shows it was heard", async ({ page }) => {
  await startSpace(page, newPerson("Alex"));

  // The first HTML already holds the dashboard itself, not a loading placeholder.
  const html = await (await page.request.get("/dashboard")).text();
  expect(html).toContain('data-testid="day-count"');
  expect(html).not.toContain("Loading your dashboard");

  // On a slow connection the dashboard's data takes a while: the link that was tapped pulses
  // until it arrives.
  await page.goto("/timeline");
  await page.route(/\/dashboard\?_rsc=/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue();
  });
  const link = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" });
  await link.click();
  await expect(link.locator("[data-pending]")).toBeVisible();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByTestId("day-count")).toBeVisible();
  await expect(link.locator("[data-pending]")).toHaveCount(0);
});
