import { expect, test } from "./support/test";
import { linkedCouple } from "./support/accounts";

test("a vent longer than the limit is kept whole, counted, and refused with a message, never cut", async ({
  browser,
}) => {
  const { a, b, close } = await linkedCouple(browser, ["Sam", "Robin"]);
  const page = a.page;
  await page.goto("/vents");
  await expect(page.locator('[data-live="connected"]')).toHaveCount(1);
  const body = page.getByTestId("vent-body");
  const count = page.getByTestId("character-count");

  await body.fill("a".repeat(3_000));
  await expect(count).toBeHidden();
  await body.fill("a".repeat(3_600));
  await expect(count).toHaveText("3,600 of 4,000 characters");

  // A paste of 5,000 characters stays 5,000: the field never truncates.
  await body.focus();
  await body.fill("");
  await page.keyboard.insertText("b".repeat(5_000));
  expect((await body.inputValue()).length).toBe(5_000);
  await expect(count).toHaveText("5,000 of 4,000 characters: 1,000 too many. Shorten it to save it.");
  await expect(body).toHaveAttribute("aria-invalid", "true");

  await page.getByTestId("vent-submit").click();
  await expect(page.getByRole("alert").filter({ hasText: "Please keep this under 4000 characters." })).toBeVisible();
  await expect(page.getByTestId("vent")).toHaveCount(0);
  expect((await body.inputValue()).length).toBe(5_000);

  // Shortened, it is shared whole.
  await body.fill("c".repeat(4_000));
  await page.getByTestId("vent-submit").click();
  await expect(page.getByTestId("vent")).toHaveCount(1);
  await b.page.goto("/vents");
  expect((await b.page.getByTestId("vent").locator("p.whitespace-pre-wrap").innerText()).length).toBe(4_000);
  await close();
});

test("a disclosure keeps a paste past the limit whole and counts it, as every long field does", async ({ browser }) => {
  const { a, close } = await linkedCouple(browser, ["Sam", "Robin"]);
  const page = a.page;
  await page.goto("/disclosures");
  const body = page.getByTestId("disclosure-body");
  await body.focus();
  await page.keyboard.insertText("d".repeat(4_500));
  expect((await body.inputValue()).length).toBe(4_500);
  await expect(page.getByTestId("character-count")).toHaveText(
    "4,500 of 4,000 characters: 500 too many. Shorten it to save it.",
  );
  await page.getByTestId("disclosure-submit").click();
  await expect(page.getByRole("alert").filter({ hasText: "Please keep this under 4000 characters." })).toBeVisible();
  expect((await body.inputValue()).length).toBe(4_500);
  await close();
});

test("an apology draft too long to save says so plainly, and saves again once shortened", async ({ browser }) => {
  const { a, close } = await linkedCouple(browser, ["Sam", "Robin"]);
  const page = a.page;
  await page.goto("/forgiveness");
  await page.getByRole("link", { name: "Ask for forgiveness" }).first().click();
  const whatIDid = page.getByLabel("What I did", { exact: true });
  await whatIDid.fill("I lied to you about where I was.");
  await expect(page.getByTestId("draft-status")).toHaveText(/Draft saved/);

  await whatIDid.fill("I lied. ".repeat(5_400));
  await expect(page.getByTestId("draft-status")).toHaveText(
    /^Too long to save: shorten the part marked in red to 4,000 characters or fewer/,
  );
  await expect(page.getByTestId("character-count").first()).toContainText("too many");

  await whatIDid.fill("I lied to you about where I was, for months.");
  await expect(page.getByTestId("draft-status")).toHaveText(/Draft saved/);
  await close();
});
