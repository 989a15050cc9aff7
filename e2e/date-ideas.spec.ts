import { expect, test, type Page } from "./support/test";
import { linkedCouple } from "./support/accounts";

/** An idea's card in the list (the matches box above it names the same title). */
const card = (page: Page, title: string) => page.locator('li[data-testid^="idea-"]').filter({ hasText: title });

test("an idea of our own, added, matched live, planned and taken back; the filter lives in the address", async ({
  browser,
}) => {
  const couple = await linkedCouple(browser, ["Alex", "Blair"]);
  const { a, b } = couple;

  // Blair opens the bank on what Alex answered (the dashboard's link): nothing yet.
  await Promise.all([a.page.goto("/dates/ideas"), b.page.goto("/dates/ideas?show=waiting")]);
  await expect(b.page.getByRole("button", { name: "Alex answered, you haven't (0)" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(b.page.getByText("You're all caught up")).toBeVisible();

  // Alex adds an idea; it needs a name first.
  await a.page.getByRole("button", { name: "Add your own idea" }).click();
  await a.page.getByRole("button", { name: "Add idea" }).click();
  await expect(a.page.getByText("Give your idea a short name.")).toBeVisible();
  await a.page.getByLabel("The idea").fill("Picnic on the roof");
  await a.page.getByRole("button", { name: "Add idea" }).click();
  await expect(a.page.getByText("Added. It counts as your yes.")).toBeVisible();
  const alexs = card(a.page, "Picnic on the roof");
  await expect(alexs.getByText("Your idea")).toBeVisible();
  await expect(alexs.getByRole("button", { name: "Yes", exact: true })).toHaveAttribute("aria-pressed", "true");

  // It reaches Blair's open page without a reload, under the filter Blair chose.
  const blairs = card(b.page, "Picnic on the roof");
  await expect(blairs.getByText("Alex's idea")).toBeVisible();
  await expect(blairs.getByTestId("partner-answer")).toHaveText(
    "Alex has answered. You'll see what they said once you answer too.",
  );
  await expect(blairs.getByRole("button", { name: "Remove" })).toHaveCount(0);
  await blairs.getByRole("button", { name: "Yes", exact: true }).click();
  await expect(b.page.getByText("It's a match! You and Alex both said yes.")).toBeVisible();
  // Answered, it leaves the waiting list; the match shows above it.
  await expect(blairs).toHaveCount(0);
  await expect(b.page.getByRole("button", { name: "Alex answered, you haven't (0)" })).toBeVisible();
  await expect(b.page.getByTestId("matches")).toContainText("Picnic on the roof");

  // Alex sees the match live, and keeps the matches filter across a reload.
  await expect(alexs.getByTestId("partner-answer")).toHaveText("Blair said yes.");
  await a.page.getByRole("button", { name: "Matches (1)" }).click();
  await expect(a.page).toHaveURL(/\/dates\/ideas\?show=matches$/);
  await a.page.reload();
  await expect(a.page.getByRole("button", { name: "Matches (1)" })).toHaveAttribute("aria-pressed", "true");
  await expect(a.page.getByRole("button", { name: "All", exact: true })).toHaveAttribute("aria-pressed", "false");

  // Blair plans it from the match.
  await b.page.getByTestId("matches").getByRole("link", { name: "Plan it" }).click();
  await expect(b.page).toHaveURL(/\/dates\/new\?idea=[0-9a-f-]{36}$/);
  await expect(b.page.getByText("Starting from “Picnic on the roof”. Change anything you like.")).toBeVisible();
  await expect(b.page.getByLabel("What's the plan?")).toHaveValue("Picnic on the roof");

  // Alex takes it back: gone from the matches shown.
  await card(a.page, "Picnic on the roof").getByRole("button", { name: "Remove" }).click();
  await expect(a.page.getByText("Idea removed.")).toBeVisible();
  await expect(a.page.getByText("No matches yet")).toBeVisible();
  await expect(a.page.getByRole("button", { name: "Matches (0)" })).toHaveAttribute("aria-pressed", "true");

  await couple.close();
});
