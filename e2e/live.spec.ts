import { expect, test, type Page } from "./support/test";
import { linkedCouple } from "./support/accounts";
import { expectAccessible } from "./support/axe";

/** Marks the page so a reload (which would wipe the mark) is caught. */
async function markNoReload(page: Page) {
  await page.evaluate(() => ((window as unknown as { __stillHere: boolean }).__stillHere = true));
}
async function expectNoReload(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __stillHere?: boolean }).__stillHere)).toBe(true);
}

/**
 * Taps one of `page`'s own readiness choices and resolves once the server has it: the choice
 * shows at once, and stops being busy when the answer is back.
 */
async function chooseReadiness(page: Page, state: string) {
  const choice = page.getByTestId(`my-readiness-${state}`);
  await choice.click();
  await expect(choice).toHaveAttribute("aria-pressed", "true");
  await expect(choice).not.toHaveAttribute("aria-disabled", "true");
}

/** Resolves when `page`'s live connection is open. */
async function waitUntilLive(page: Page) {
  await expect(page.locator('[data-live="connected"]')).toHaveCount(1);
}

test("a partner's readiness and vent reach the other's open dashboard live, and the acknowledgement comes back", async ({
  browser,
}) => {
  const { a, b, close } = await linkedCouple(browser);
  const alex = a.page;
  const blair = b.page;
  await expect(blair).toHaveURL(/\/dashboard$/);
  await Promise.all([waitUntilLive(alex), waitUntilLive(blair)]);
  await markNoReload(alex);
  await expect(alex.getByTestId("partner-readiness")).toContainText("Blair hasn't shared");

  // Blair changes readiness with one tap: Alex's open dashboard shows it within a second.
  await chooseReadiness(blair, "need_to_vent");
  const readinessShownAfter = Date.now();
  await expect(alex.getByTestId("partner-readiness")).toHaveAttribute("data-state", "need_to_vent", { timeout: 1_000 });
  console.log(`readiness reached the partner ${Date.now() - readinessShownAfter} ms after it was saved`);
  await expect(alex.getByTestId("partner-readiness")).toContainText("Blair needs to vent");
  await expectAccessible(alex, "dashboard with the partner's readiness");
  await expect(blair.getByTestId("my-readiness-need_to_vent")).toHaveAttribute("aria-pressed", "true");

  // Blair writes a vent: it lands under Alex's Your turn within a second.
  await blair.getByTestId("vents-link").click();
  await expect(blair).toHaveURL(/\/vents$/);
  await waitUntilLive(blair);
  const words = "When you checked your phone all through dinner, I felt like I wasn't there.";
  await blair.getByTestId("vent-body").fill(words);
  await blair.getByTestId("vent-submit").click();
  // Saved once it is in Blair's own list: the action answers with the list after the write.
  await expect(blair.getByTestId("vent").filter({ hasText: words })).toBeVisible();
  const ventSavedAt = Date.now();
  const yourTurnItem = alex.getByRole("link", { name: /Blair needed to let something out/ });
  await expect(yourTurnItem).toBeVisible({ timeout: 1_000 });
  console.log(`the vent reached the partner ${Date.now() - ventSavedAt} ms after it was saved`);
  await expect(yourTurnItem).toContainText("When you checked your phone");
  await expectNoReload(alex);

  // Alex opens it: the only answer there is, is to acknowledge it.
  await yourTurnItem.click();
  await expect(alex).toHaveURL(/\/vents#vent-/);
  const vent = alex.getByTestId("vent").filter({ hasText: words });
  await expect(vent).toBeVisible();
  await expect(vent.getByRole("textbox")).toHaveCount(0);
  await expectAccessible(alex, "vents, one to acknowledge");
  await markNoReload(blair);
  await vent.getByTestId("vent-acknowledge").click();
  await expect(vent.getByTestId("vent-acknowledged")).toContainText("You said you read this and hear them");

  // Blair, still on the vents page, sees it acknowledged without reloading.
  const mine = blair.getByTestId("vent").filter({ hasText: words });
  await expect(mine.getByTestId("vent-acknowledged")).toContainText("Alex read this and hears you", { timeout: 1_000 });
  await expectNoReload(blair);
  await expectAccessible(blair, "vents, acknowledged");

  // And it has left Alex's Your turn.
  await alex.goto("/dashboard");
  await expect(alex.getByRole("link", { name: /Blair needed to let something out/ })).toHaveCount(0);
  await close();
});

/**
 * Lets the test drop the page's live connection the way a failed network does: the stream
 * closes with an error, and nothing but the app's own logic brings it back.
 */
async function allowDroppingLive(page: Page) {
  await page.addInitScript(() => {
    const Native = window.EventSource;
    const sources: EventSource[] = [];
    class Tracked extends Native {
      constructor(url: string | URL, init?: EventSourceInit) {
        super(url, init);
        sources.push(this);
      }
    }
    window.EventSource = Tracked;
    (window as unknown as { __dropLive: () => void }).__dropLive = () => {
      for (const source of sources.splice(0)) {
        source.close();
        source.dispatchEvent(new Event("error"));
      }
    };
  });
}

test("the live connection comes back by itself after it drops, and catches up on what it missed", async ({
  browser,
}) => {
  const { a, b, close } = await linkedCouple(browser);
  const alex = a.page;
  await allowDroppingLive(alex);
  await alex.reload();
  await waitUntilLive(alex);
  await markNoReload(alex);

  // Hold Alex's reconnection until Blair has acted, so that change is missed on the wire.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await alex.route("**/api/trpc/live.events**", async (route) => {
    await released;
    await route.continue();
  });
  await alex.evaluate(() => (window as unknown as { __dropLive: () => void }).__dropLive());
  await expect(alex.locator('[data-live="connected"]')).toHaveCount(0);

  await chooseReadiness(b.page, "need_space");
  release();

  // Back by itself; what was missed while away shows up.
  await waitUntilLive(alex);
  await expect(alex.getByTestId("partner-readiness")).toHaveAttribute("data-state", "need_space");

  // And events flow again on the new connection.
  await chooseReadiness(b.page, "open_to_talk");
  await expect(alex.getByTestId("partner-readiness")).toHaveAttribute("data-state", "open_to_talk", { timeout: 1_000 });
  await expectNoReload(alex);
  await close();
});

test("the timeline: a milestone added by hand, grouped by month with its day, filtered by kind", async ({
  browser,
}) => {
  const { a, b, close } = await linkedCouple(browser);
  const alex = a.page;
  const blair = b.page;
  await blair.goto("/timeline");
  await waitUntilLive(blair);
  await expect(blair.getByTestId("milestone")).toHaveCount(1);
  await expect(blair.getByTestId("milestone").first()).toHaveAttribute("data-kind", "began");

  await alex.goto("/timeline");
  await alex.getByTestId("add-milestone").click();
  const dialog = alex.getByRole("dialog", { name: "Add a milestone" });
  await dialog.getByLabel("What happened").fill("Our first honest talk");
  await dialog.getByLabel("A note (optional)").fill("We stayed up until two.");
  await dialog.getByRole("button", { name: "Add" }).click();
  await expect(dialog).toBeHidden();
  await expect(alex.getByTestId("milestone").filter({ hasText: "Our first honest talk" })).toContainText(
    "We stayed up until two.",
  );

  // Blair's open timeline gains it without a reload.
  await expect(blair.getByTestId("milestone").filter({ hasText: "Our first honest talk" })).toBeVisible({
    timeout: 1_000,
  });
  await expect(blair.getByTestId("milestone").filter({ hasText: "Our first honest talk" })).toHaveAttribute(
    "data-kind",
    "manual",
  );

  // Filtered by kind: only the beginning.
  await alex.getByRole("button", { name: "Beginning" }).click();
  await expect(alex.getByTestId("milestone")).toHaveCount(1);
  await expect(alex.getByTestId("milestone")).toHaveAttribute("data-kind", "began");
  await expect(alex.getByTestId("milestone")).toContainText("Day 1");
  await alex.getByRole("button", { name: "All" }).click();
  await expect(alex.getByTestId("milestone")).toHaveCount(2);
  await expectAccessible(alex, "timeline with two milestones");
  await close();
});
