import { expect, test } from "./support/test";
import { joinThroughLink, newPerson, startSpace } from "./support/accounts";

test("the partner who was waiting sees the other join on their open dashboard, without reloading", async ({
  browser,
}) => {
  const [contextSam, contextRobin] = await Promise.all([browser.newContext(), browser.newContext()]);
  const [sam, robin] = await Promise.all([contextSam.newPage(), contextRobin.newPage()]);
  const link = await startSpace(sam, newPerson("Sam"));
  await sam.getByRole("button", { name: "Go to our dashboard" }).click();
  await expect(sam).toHaveURL(/\/dashboard$/);
  await expect(sam.getByText("Just you, for now")).toBeVisible();
  await expect(sam.getByRole("heading", { name: "Invite your partner" })).toBeVisible();
  await expect(sam.locator('[data-live="connected"]')).toHaveCount(1);
  await sam.evaluate(() => ((window as unknown as { __stillHere: boolean }).__stillHere = true));

  await joinThroughLink(robin, link, newPerson("Robin"));

  // Within a few seconds: the header names Robin, the invite card is gone, the dashboard is the two of them.
  await expect(sam.getByRole("banner").getByText("Robin")).toBeVisible({ timeout: 5_000 });
  await expect(sam.getByText("Just you, for now")).toHaveCount(0);
  await expect(sam.getByRole("heading", { name: "Invite your partner" })).toHaveCount(0);
  await expect(sam.getByRole("heading", { name: "Waiting on Robin" })).toBeVisible();
  // The dashboard is what the "new" pill points to: it isn't shown there.
  await expect(sam.getByTestId("unread-activity")).toHaveCount(0);
  expect(await sam.evaluate(() => (window as unknown as { __stillHere?: boolean }).__stillHere)).toBe(true);

  // Away from the dashboard, Robin's next act is news, and the badge says what it was.
  await sam.goto("/timeline");
  await expect(sam.locator('[data-live="connected"]')).toHaveCount(1);
  await robin.goto("/vents");
  await robin.getByTestId("vent-body").fill("Thank you for asking me to join.");
  await robin.getByTestId("vent-submit").click();
  const badge = sam.getByTestId("unread-activity");
  await expect(badge).toHaveAccessibleName("1 new from Robin since you last looked");
  await badge.click();
  const list = sam.getByTestId("unread-activity-list");
  await expect(list).toContainText("New from Robin since you last looked");
  await list.getByRole("link", { name: "Vents: 1 update" }).click();
  await expect(sam).toHaveURL(/\/vents$/);
  await Promise.all([contextSam.close(), contextRobin.close()]);
});
