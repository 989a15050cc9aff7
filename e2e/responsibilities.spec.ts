import { expect, test, type Page } from "./support/test";
import { linkedCouple } from "./support/accounts";

const TITLE = "Take the kids to school";
const CHANGED = "Take the kids to school and pick them up";

function card(page: Page, title: string) {
  return page.getByTestId("responsibility").filter({ has: page.getByRole("heading", { name: title, exact: true }) });
}

test("A proposes, B suggests a change, A agrees, A checks off, B acknowledges, both see the streak", async ({
  browser,
}) => {
  const { a, b, close } = await linkedCouple(browser);
  const alex = a.page;
  const blair = b.page;

  // Alex proposes a daily responsibility that Alex will own.
  await alex.goto("/responsibilities");
  await alex.getByRole("button", { name: "Propose a responsibility" }).click();
  await alex.getByLabel("What", { exact: true }).fill(TITLE);
  await alex.getByLabel("I will").check();
  await alex.getByLabel("Every day").check();
  await alex.getByRole("button", { name: "Propose", exact: true }).click();
  await expect(card(alex, TITLE)).toContainText("Waiting for Blair to answer.");
  await expect(card(alex, TITLE).getByRole("button", { name: "Agree" })).toHaveCount(0);

  // It waits on Blair: under Your turn on Blair's dashboard.
  await blair.goto("/dashboard");
  await expect(blair.getByRole("link", { name: new RegExp(`${TITLE}.*Alex proposed this`) })).toBeVisible();

  // Blair suggests a change instead of agreeing.
  await blair.goto("/responsibilities");
  await card(blair, TITLE).getByRole("button", { name: "Suggest a change" }).click();
  await card(blair, TITLE).getByLabel("What", { exact: true }).fill(CHANGED);
  await card(blair, TITLE).getByLabel("A note for Alex (optional)").fill("Could you do the afternoon too?");
  await card(blair, TITLE).getByRole("button", { name: "Send suggestion" }).click();
  await expect(card(blair, CHANGED)).toContainText("Waiting for Alex to answer.");

  // Alex sees the counter-proposal (live, or on return) and agrees to it.
  await alex.goto("/responsibilities");
  const alexCard = card(alex, CHANGED);
  await expect(alexCard).toContainText("Blair suggested a change");
  await expect(alexCard).toContainText(`Before: “${TITLE}”`);
  await expect(alexCard).toContainText("Could you do the afternoon too?");
  await alexCard.getByRole("button", { name: "Agree" }).click();
  await expect(alexCard.getByText("Agreed", { exact: true })).toBeVisible();

  // Alex checks today off with one tap.
  await alexCard.getByRole("button", { name: "Done today" }).click();
  await expect(alexCard.getByTestId("streak")).toHaveText(/1 day in a row/);
  await expect(alexCard.getByRole("button", { name: "Today, done" })).toHaveAttribute("aria-pressed", "true");

  // Blair acknowledges the check-off.
  await blair.goto("/responsibilities");
  const blairCard = card(blair, CHANGED);
  await expect(blairCard.getByTestId("streak")).toHaveText(/1 day in a row/);
  await blairCard.getByRole("button", { name: "I noticed — thank you" }).click();
  await expect(blairCard.getByText("You noticed")).toBeVisible();

  // Alex sees the thanks, and both see the streak.
  await alex.reload();
  await expect(card(alex, CHANGED)).toContainText("Blair noticed and said thank you.");
  await expect(card(alex, CHANGED).getByTestId("streak")).toHaveText(/1 day in a row/);
  await expect(card(blair, CHANGED).getByTestId("streak")).toHaveText(/1 day in a row/);

  // On Alex's dashboard, today's duty shows as done.
  await alex.goto("/dashboard");
  await expect(alex.getByTestId("today-panel")).toContainText(CHANGED);
  await expect(alex.getByTestId("today-panel").getByText("Done", { exact: true })).toBeVisible();

  await close();
});

test("a small change is visible to the partner, who can send encouragement", async ({ browser }) => {
  const { a, b, close } = await linkedCouple(browser, ["Robin", "Sasha"]);
  await a.page.goto("/responsibilities?tab=changes");
  await a.page.getByRole("button", { name: "Start a small change" }).click();
  await a.page.getByLabel("The change").fill("No phone at dinner");
  await a.page.getByRole("button", { name: "Start", exact: true }).click();
  const mine = a.page.getByTestId("small-change").filter({ hasText: "No phone at dinner" });
  await mine.getByRole("button", { name: "Kept today" }).click();
  await expect(mine.getByTestId("streak")).toHaveText(/1 day in a row/);

  await b.page.goto("/responsibilities?tab=changes");
  const theirs = b.page.getByTestId("small-change").filter({ hasText: "No phone at dinner" });
  await expect(theirs.getByTestId("streak")).toHaveText(/1 day in a row/);
  await expect(theirs.getByRole("button", { name: "Kept today" })).toHaveCount(0);
  await theirs.getByLabel("Encourage Robin").fill("I notice it every evening. Thank you.");
  await theirs.getByRole("button", { name: "Send encouragement" }).click();

  await a.page.reload();
  await expect(mine).toContainText("Sasha: I notice it every evening. Thank you.");
  await close();
});

test("each partner's open page follows the other's acts live, on the tab it shows", async ({ browser }) => {
  const { a, b, close } = await linkedCouple(browser, ["Noor", "Kai"]);
  const noor = a.page;
  const kai = b.page;
  await Promise.all([noor.goto("/responsibilities"), kai.goto("/responsibilities?tab=changes")]);
  await Promise.all([noor, kai].map((page) => expect(page.locator('[data-live="connected"]')).toHaveCount(1)));
  await noor.evaluate(() => ((window as unknown as { __stillHere: boolean }).__stillHere = true));

  // Kai proposes from the shared tab, then goes back to small changes.
  await kai.getByRole("tab", { name: "Shared duties" }).click();
  await kai.getByRole("button", { name: "Propose a responsibility" }).click();
  await kai.getByLabel("What", { exact: true }).fill("Cook on Sundays");
  await kai.getByRole("button", { name: "Propose", exact: true }).click();
  await expect(card(kai, "Cook on Sundays")).toContainText("Waiting for Noor to answer.");
  await kai.getByRole("tab", { name: "Small changes" }).click();

  // It reaches Noor's open page without a reload; Noor's agreement reaches Kai's.
  const noorsCard = card(noor, "Cook on Sundays");
  await expect(noorsCard.getByRole("button", { name: "Agree" })).toBeVisible();
  await noorsCard.getByRole("button", { name: "Agree" }).click();
  await expect(noorsCard.getByText("Agreed", { exact: true })).toBeVisible();

  // Noor starts a small change: Kai, still on that tab, sees it arrive.
  await noor.getByRole("tab", { name: "Small changes" }).click();
  await noor.getByRole("button", { name: "Start a small change" }).click();
  await noor.getByLabel("The change").fill("Say where I'm going");
  await noor.getByRole("button", { name: "Start", exact: true }).click();
  await expect(kai.getByTestId("small-change").filter({ hasText: "Say where I'm going" })).toBeVisible();
  await expect(kai.getByRole("tab", { name: "Small changes" })).toHaveAttribute("aria-selected", "true");

  await kai.getByRole("tab", { name: "Shared duties" }).click();
  await expect(card(kai, "Cook on Sundays").getByText("Agreed", { exact: true })).toBeVisible();
  expect(await noor.evaluate(() => (window as unknown as { __stillHere?: boolean }).__stillHere)).toBe(true);
  await close();
});
