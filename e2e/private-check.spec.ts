import { expect, test, type Page } from "./support/test";
import { linkedCouple, newPerson, signUp } from "./support/accounts";
import { expectAccessibleAtBothSizes } from "./support/axe";

/*
 * The private safety check: reached quietly from the vents page, scored in the browser (no
 * request leaves while answering), gentle resources when the answers suggest danger, and
 * nothing stored unless the person asks.
 */

async function answer(page: Page, choices: string[]) {
  const questions = [
    "Physically hurt you?",
    "Insulted or talked down to you?",
    "Threatened you with harm?",
    "Screamed or cursed at you?",
  ];
  for (const [index, question] of questions.entries()) {
    await page.getByRole("group", { name: question }).getByLabel(choices[index]!, { exact: true }).check();
  }
  await page.getByRole("button", { name: "See what this means" }).click();
}

// Two partners, a visitor and axe in two schemes at two sizes: minutes on a busy 2-core machine.
test.describe.configure({ timeout: 300_000 });

test("the private check: answered without a request, resources when it suggests danger, kept only when asked", async ({
  browser,
}) => {
  const couple = await linkedCouple(browser);
  const { page } = couple.a;

  await page.goto("/vents");
  await page.getByRole("link", { name: "A private check, only for you" }).click();
  await expect(page).toHaveURL(/\/settings\/private-check$/);
  // Loaded afresh, as a history entry or a restored tab would show it.
  await page.reload();
  await expect(page).toHaveTitle("Settings · Kintsugi");
  await expectAccessibleAtBothSizes(page, "the private check");

  const sent: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/api/")) sent.push(`${request.method()} ${request.url()}`);
  });

  await answer(page, ["Never", "Rarely", "Never", "Sometimes"]);
  await expect(page.getByRole("heading", { name: "Thank you for checking in with yourself" })).toBeVisible();

  await answer(page, ["Sometimes", "Frequently", "Fairly often", "Frequently"]);
  const result = page.getByTestId("check-result");
  await expect(result.getByRole("heading", { name: "You deserve to be safe" })).toBeVisible();
  await expect(result.getByRole("button", { name: "Leave this page now" })).toBeVisible();
  await expect(result.getByText(/browser.s history can show/)).toBeVisible();
  await expect(result.getByText(/Emails from Kintsugi/)).toBeVisible();
  await expect(result.getByText(/export a copy of everything/)).toBeVisible();
  await result.getByLabel("Country").selectOption("GB");
  await expect(result.getByTestId("helplines")).toContainText("0808 2000 247");
  await expect(result.getByTestId("helplines")).toContainText("Checked");
  expect(
    sent.filter((request) => !request.includes("/api/trpc/live.")),
    "answering sends nothing",
  ).toEqual([]);
  await expectAccessibleAtBothSizes(page, "the private check's resources");

  await page.getByRole("button", { name: "Keep these answers, only for me" }).click();
  await expect(page.getByTestId("kept-checks")).toContainText("your answers suggested you may not be safe");
  await page.getByRole("button", { name: "Delete all kept answers" }).click();
  await expect(page.getByTestId("kept-checks")).toHaveCount(0);

  await page.getByRole("button", { name: "Leave this page now" }).click();
  await expect(page).toHaveURL(/\/away$/);
  await couple.close();
});

test("kept answers come with the page the server sends, and can be deleted one by one", async ({ page }) => {
  await signUp(page, newPerson("Sam"));
  await expect(page).toHaveURL(/\/welcome$/);
  await page.goto("/settings/private-check");
  const kept = page.getByTestId("kept-checks");
  await answer(page, ["Never", "Rarely", "Never", "Sometimes"]);
  await page.getByRole("button", { name: "Keep these answers, only for me" }).click();
  await expect(page.getByText("Kept, only for you.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Kept", exact: true })).toBeDisabled();
  await expect(kept.getByRole("listitem")).toHaveCount(1);
  await page.getByRole("button", { name: "Clear my answers" }).click();
  await answer(page, ["Sometimes", "Frequently", "Fairly often", "Frequently"]);
  await page.getByRole("button", { name: "Keep these answers, only for me" }).click();
  await expect(kept.getByRole("listitem")).toHaveCount(2);

  // Loaded afresh: the answers given are forgotten, the ones kept come with the page.
  await page.reload();
  await expect(page.getByTestId("check-result")).toHaveCount(0);
  await expect(kept.getByRole("listitem")).toHaveCount(2);
  await kept
    .getByRole("listitem")
    .filter({ hasText: "may not be safe" })
    .getByRole("button", { name: "Delete" })
    .click();
  await expect(kept.getByRole("listitem")).toHaveCount(1);
  await expect(kept).toContainText("your answers didn't suggest danger");
  await kept.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("heading", { name: "Answers you kept" })).toHaveCount(0);
});
