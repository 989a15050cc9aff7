import { expect, test } from "./support/test";
import { linkedCouple } from "./support/accounts";

test("an apology is checked as it is written, sent, given more time, then forgiven", async ({ browser }) => {
  const { a, b, close } = await linkedCouple(browser, ["Alex", "Blair"]);
  const pageA = a.page;
  const pageB = b.page;

  // A starts writing; the check flags the "but" and the blame as A types.
  await pageA.goto("/forgiveness");
  await pageA.getByRole("link", { name: "Ask for forgiveness" }).click();
  await expect(pageA).toHaveURL(/\/forgiveness\/write\/[0-9a-f-]{36}$/);
  const whatIDid = pageA.getByLabel("What I did", { exact: true });
  await whatIDid.fill("I'm sorry I lied to you about where I was, but you never listen.");
  const suggestions = pageA.getByRole("list", { name: "Suggestions for “What I did”" });
  await expect(suggestions.locator("mark").filter({ hasText: /^but$/ })).toBeVisible();
  await expect(suggestions).toContainText("A “but” that can take it back");
  await expect(suggestions.locator("mark").filter({ hasText: "you never listen" })).toBeVisible();
  await expect(pageA.getByTestId("draft-status")).toHaveText(/Draft saved/);

  // The draft is A's alone: B sees nothing waiting.
  await pageB.goto("/forgiveness");
  await expect(pageB.getByTestId("asked-of-me")).toContainText("Nothing from Alex is waiting on you.");

  // A rewrites: the flags go away; A sends.
  await whatIDid.fill("I lied to you about where I was for months. That was my choice.");
  await expect(suggestions).toHaveCount(0);
  await pageA.getByLabel("How I understand it hurt you").fill("It made you doubt yourself and feel alone in our home.");
  await pageA
    .getByLabel("What I am doing about it")
    .fill("I see a counsellor every week and I answer every question you ask.");
  await pageA.getByRole("button", { name: "Send to Blair" }).click();
  await expect(pageA).toHaveURL(/\/forgiveness\/[0-9a-f-]{36}$/);
  await expect(pageA.getByTestId("request-status")).toHaveText("Not answered yet");

  // B finds it under Your turn and answers "I need more time", with a note.
  await pageB.goto("/dashboard");
  await pageB.getByRole("link", { name: /Alex asks for your forgiveness/ }).click();
  await expect(pageB.getByText("I lied to you about where I was for months. That was my choice.")).toBeVisible();
  await pageB.getByRole("button", { name: "I need more time" }).click();
  await pageB.getByLabel("A note for Alex (optional)").fill("I need a few weeks to think.");
  await pageB.getByRole("button", { name: "Send “I need more time”" }).click();
  await expect(pageB.getByTestId("request-status")).toHaveText("Needs more time");

  // A sees the answer and the note, on the request and on the dashboard.
  await pageA.reload();
  await expect(pageA.getByTestId("request-status")).toHaveText("Needs more time");
  await expect(pageA.getByTestId("answers")).toContainText("I need a few weeks to think.");
  await pageA.goto("/dashboard");
  await expect(pageA.getByText("Blair needs more time: “I need a few weeks to think.”")).toBeVisible();

  // Later, B forgives.
  await pageB.getByRole("button", { name: "I forgive you" }).click();
  await pageB.getByRole("alertdialog").getByRole("button", { name: "I forgive you" }).click();
  await expect(pageB.getByTestId("request-status")).toHaveText("Forgiven");

  // Both see it as forgiven, in their shared history.
  for (const page of [pageA, pageB]) {
    await page.goto("/forgiveness");
    await expect(page.getByTestId("history").getByTestId("request-status")).toHaveText("Forgiven");
  }
  await pageA
    .getByTestId("history")
    .getByRole("link", { name: /You asked Blair for forgiveness/ })
    .click();
  await expect(pageA.getByTestId("request-status")).toHaveText("Forgiven");
  await expect(pageA.getByTestId("answers")).toContainText("I forgive you");

  await close();
});

test("each partner's open pages follow the other's acts live; a request can be withdrawn, a draft discarded", async ({
  browser,
}) => {
  const { a, b, close } = await linkedCouple(browser, ["Ari", "Bo"]);
  const ari = a.page;
  const bo = b.page;
  await Promise.all([ari.goto("/forgiveness"), bo.goto("/forgiveness")]);
  await Promise.all([ari, bo].map((page) => expect(page.locator('[data-live="connected"]')).toHaveCount(1)));

  // Ari sends; it reaches Bo's open page without a reload.
  await ari.getByRole("link", { name: "Ask for forgiveness" }).click();
  await ari.getByLabel("What I did", { exact: true }).fill("I read your messages without asking.");
  await ari.getByLabel("How I understand it hurt you").fill("You felt you had nothing of your own.");
  await ari.getByLabel("What I am doing about it").fill("I leave your phone alone, and I tell you when I'm worried.");
  await ari.getByRole("button", { name: "Send to Bo" }).click();
  await expect(ari.getByTestId("request-status")).toHaveText("Not answered yet");
  await bo
    .getByTestId("asked-of-me")
    .getByRole("link", { name: /Ari asks for your forgiveness/ })
    .click();

  // Bo's answer reaches Ari's open request page; Ari's withdrawal reaches Bo's.
  await expect(ari.locator('[data-live="connected"]')).toHaveCount(1);
  await bo.getByRole("button", { name: "I'm not ready to talk about this" }).click();
  await expect(bo.getByTestId("request-status")).toHaveText("Not ready to talk yet");
  await expect(ari.getByTestId("request-status")).toHaveText("Not ready to talk yet");
  await ari.getByRole("button", { name: "Withdraw request" }).click();
  await ari.getByRole("alertdialog").getByRole("button", { name: "Withdraw" }).click();
  await expect(ari.getByTestId("request-status")).toHaveText("Withdrawn");
  await expect(bo.getByTestId("request-status")).toHaveText("Withdrawn");
  await expect(bo.getByRole("button", { name: "I forgive you" })).toHaveCount(0);

  // A draft is Ari's alone, in the list and in what Bo's browser receives; discarded, it is gone.
  await ari.goto("/forgiveness/new?kind=second_chance");
  await ari.getByRole("textbox", { name: "What I am asking for" }).fill("Will you let me show you, over time?");
  await expect(ari.getByTestId("draft-status")).toHaveText(/Draft saved/);
  await ari.goto("/forgiveness");
  await expect(ari.getByTestId("drafts")).toContainText("Draft: a second chance");
  const html = await (await bo.request.get("/forgiveness")).text();
  expect(html).not.toContain("Will you let me show you");
  await ari
    .getByTestId("drafts")
    .getByRole("link", { name: /Draft: a second chance/ })
    .click();
  await ari.getByRole("button", { name: "Discard draft" }).click();
  await ari.getByRole("alertdialog").getByRole("button", { name: "Discard" }).click();
  await expect(ari).toHaveURL(/\/forgiveness$/);
  await expect(ari.getByTestId("drafts")).toHaveCount(0);
  await close();
});
