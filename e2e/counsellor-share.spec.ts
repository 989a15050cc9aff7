import { expect, test, type APIRequestContext } from "./support/test";
import { linkedCouple } from "./support/accounts";
import { expectAccessibleAtBothSizes } from "./support/axe";

/*
 * A share for a counsellor, end to end: one partner proposes it, the other accepts, the
 * counsellor opens the link signed out and sees only what was ticked, both partners see the
 * visit, and ending it makes the link a 404 like any wrong one.
 */

const WRONG = "0000000000000000000000000000";

/** The 404 body with the token taken out: Next echoes the path it was asked for. */
async function notFoundPage(request: APIRequestContext, token: string) {
  const response = await request.get(`/share/${token}`);
  expect(response.status(), `/share/${token.slice(0, 12)}… is a 404`).toBe(404);
  expect(response.headers()["set-cookie"]).toBeUndefined();
  // And the response's own script nonce, fresh on every response.
  const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1] ?? "";
  expect(nonce).not.toBe("");
  return (await response.text()).replaceAll(token, "TOKEN").replaceAll(nonce, "NONCE");
}

// Two partners, a visitor and axe in two schemes at two sizes: minutes on a busy 2-core machine.
test.describe.configure({ timeout: 300_000 });

test("a counsellor's share: proposed, accepted, opened, seen by both, ended", async ({ browser, request }) => {
  const couple = await linkedCouple(browser);
  const { a, b } = couple;

  await test.step("Alex adds a milestone and proposes sharing the timeline and dates kept", async () => {
    await a.page.goto("/timeline");
    await a.page.getByTestId("add-milestone").click();
    const dialog = a.page.getByRole("dialog", { name: "Add a milestone" });
    await dialog.getByLabel("What happened").fill("We talked all evening");
    await dialog.getByRole("button", { name: "Add", exact: true }).click();
    await expect(a.page.getByText("We talked all evening")).toBeVisible();

    await a.page.goto("/settings");
    const card = a.page.getByRole("region", { name: "Share with a counsellor" });
    await card.getByLabel(/^Timeline/).check();
    await card.getByLabel(/^Dates kept/).check();
    await expect(card.getByLabel("How long the link lasts")).toHaveValue("14");
    await card.getByRole("button", { name: "Propose to Blair" }).click();
    await expect(card.getByText("Waiting for Blair to agree.")).toBeVisible();
    await expectAccessibleAtBothSizes(a.page, "settings with a proposal");
  });

  let link = "";
  await test.step("Blair accepts and gets the link, once", async () => {
    await b.page.goto("/settings");
    const card = b.page.getByRole("region", { name: "Share with a counsellor" });
    await expect(card.getByText("Nothing is shared unless you accept.")).toBeVisible();
    await card.getByRole("button", { name: "Accept and make the link" }).click();
    link = await card.getByTestId("share-link").inputValue();
    expect(link).toMatch(/\/share\/[0-9A-Z]{28}$/);
    await expect(card.getByText("Not opened yet.")).toBeVisible();
  });

  await test.step("the counsellor opens it signed out: only the ticked sections, no cookie, no referrer, not indexed", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(link);
    expect(response?.status()).toBe(200);
    const headers = response!.headers();
    expect(headers["set-cookie"]).toBeUndefined();
    expect(headers["referrer-policy"]).toBe("no-referrer");
    expect(headers["x-robots-tag"]).toContain("noindex");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expect(page.locator('meta[name="referrer"]')).toHaveAttribute("content", "no-referrer");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Shared with you by Alex and Blair");
    await expect(page.getByTestId("share-section-timeline")).toContainText("We talked all evening");
    await expect(page.getByTestId("share-section-datesKept")).toContainText("No dates kept yet.");
    await expect(page.getByTestId("share-section-responsibilities")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Quick exit" })).toBeVisible();
    await expectAccessibleAtBothSizes(page, "the share page");
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  await test.step("both partners see that it was opened", async () => {
    for (const { page } of [a, b]) {
      await page.goto("/settings");
      await expect(
        page.getByRole("region", { name: "Share with a counsellor" }).getByText("Opened once:"),
      ).toBeVisible();
    }
  });

  let wrong = "";
  await test.step("a lost link is replaced by Alex: the old one is at once the same plain 404 as any wrong token", async () => {
    wrong = await notFoundPage(request, WRONG);
    expect(await notFoundPage(request, "not-even-a-token")).toBe(wrong);
    const card = a.page.getByRole("region", { name: "Share with a counsellor" });
    await expect(card.getByText("Blair has the link")).toBeVisible();
    await card.getByRole("button", { name: "Make a new link…" }).click();
    await a.page.getByRole("alertdialog").getByRole("button", { name: "Make a new link" }).click();
    const old = link;
    link = await card.getByTestId("share-link").inputValue();
    expect(link).not.toBe(old);
    expect(await notFoundPage(request, old.split("/share/")[1]!)).toBe(wrong);
    expect((await request.get(link)).status()).toBe(200);
  });

  await test.step("Blair ends it: the link is a 404 at once", async () => {
    await b.page.goto("/settings");
    await b.page.getByRole("button", { name: "End this share now" }).click();
    await expect(b.page.getByText(/Past shares/)).toBeVisible();
    expect(await notFoundPage(request, link.split("/share/")[1]!)).toBe(wrong);
  });

  await couple.close();
});
