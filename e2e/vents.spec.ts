import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { linkedCouple } from "./support/accounts";

/** Writes a vent through the API, as the page would, for a history longer than one page. */
async function writeVent(page: Page, body: string) {
  const origin = new URL(page.url()).origin;
  const response = await page.request.post("/api/trpc/vents.write", {
    data: { json: { body } },
    headers: { origin },
  });
  expect(response.ok()).toBe(true);
}

test("earlier vents open page by page, and the longer list stays current as both partners act", async ({ browser }) => {
  const { a, b, close } = await linkedCouple(browser, ["Sam", "Robin"]);
  for (let i = 1; i <= 21; i++) await writeVent(b.page, `Vent number ${i}.`);

  const sam = a.page;
  await sam.goto("/vents");
  await expect(sam.locator('[data-live="connected"]')).toHaveCount(1);
  const vents = sam.getByTestId("vent");
  await expect(vents).toHaveCount(20);
  await expect(vents.first()).toContainText("Vent number 21.");

  await sam.getByRole("link", { name: "Show earlier vents" }).click();
  await expect(sam).toHaveURL(/\/vents\?pages=2$/);
  await expect(vents).toHaveCount(21);
  await expect(sam.getByRole("link", { name: "Show earlier vents" })).toHaveCount(0);

  // Acknowledging the oldest keeps both pages on screen.
  const oldest = vents.filter({ hasText: "Vent number 1." });
  await oldest.getByTestId("vent-acknowledge").click();
  await expect(oldest.getByTestId("vent-acknowledged")).toContainText("You said you read this and hear them");
  await expect(vents).toHaveCount(21);

  // Robin writes again and takes one back: Sam's longer list follows, live.
  await writeVent(b.page, "One more thing.");
  await expect(vents).toHaveCount(22);
  await expect(vents.first()).toContainText("One more thing.");
  await b.page.goto("/vents");
  const robinsNewest = b.page.getByTestId("vent").filter({ hasText: "One more thing." });
  await robinsNewest.getByRole("button", { name: "Delete" }).click();
  await b.page.getByRole("alertdialog").getByRole("button", { name: "Delete" }).click();
  await expect(b.page.getByRole("alertdialog")).toHaveCount(0);
  await expect(robinsNewest).toHaveCount(0);
  await expect(vents).toHaveCount(21);
  await expect(vents.filter({ hasText: "One more thing." })).toHaveCount(0);
  await close();
});
