import { expect, test, type Page } from "./support/test";
import { linkedCouple } from "./support/accounts";

/**
 * Holds back the script that carries the coach's words (fetched after the composer has
 * painted) until the returned function is called; never called, the coach never arrives.
 */
async function holdCoach(page: Page) {
  let arrive = () => {};
  const arrived = new Promise<void>((resolve) => {
    arrive = resolve;
  });
  await page.route(/\/_next\/static\/chunks\/.+\.js$/, async (route) => {
    const response = await route.fetch();
    if ((await response.text()).includes("Say what you did, in your own words")) await arrived;
    await route.fulfill({ response });
  });
  return arrive;
}

test("the composer coaches gently: it hears regret for being found out, notices a missing part, and the partner sees neither", async ({
  browser,
}) => {
  const { a, b, close } = await linkedCouple(browser, ["Robin", "Sasha"]);
  const pageA = a.page;
  const pageB = b.page;

  await pageA.goto("/forgiveness");
  await pageA.getByRole("link", { name: "Ask for forgiveness" }).click();
  await expect(pageA).toHaveURL(/\/forgiveness\/write\/[0-9a-f-]{36}$/);

  // Regret for being found out is flagged as A types, with its explanation.
  const whatIDid = pageA.getByRole("textbox", { name: "What I did" });
  await whatIDid.fill("I'm sorry you found out. Things were so hard at home for a long time.");
  const suggestions = pageA.getByRole("list", { name: "Suggestions for “What I did”" });
  await expect(suggestions.locator("mark").filter({ hasText: "sorry you found out" })).toBeVisible();
  await expect(suggestions).toContainText("Sorry for the outcome, not the act");
  await expect(suggestions).toContainText("regret being found out");

  // When A pauses, the part that names no act of A's own gets its quiet hint.
  const didHint = pageA.getByTestId("part-hint-whatIDid");
  await expect(didHint).toHaveText(/Say what you did, in your own words\./);
  await expect(whatIDid).toHaveAttribute("aria-describedby", /part-hint/);

  // Two promises in one sentence make one card, naming both phrases.
  const doing = pageA.getByRole("textbox", { name: "What I am doing about it" });
  await doing.fill("I promise I will never do it again.");
  const doingSuggestions = pageA.getByRole("list", { name: "Suggestions for “What I am doing about it”" });
  await expect(doingSuggestions.getByRole("listitem")).toHaveCount(1);
  await expect(doingSuggestions.locator("mark")).toHaveText(["I promise", "I will never do it again"]);
  await expect(pageA.getByTestId("part-hint-whatIAmDoing")).toHaveText(/Name something you are already doing\./);

  // Rewritten in A's own words: the flags and the hints go away. Nothing stopped A meanwhile.
  await whatIDid.fill("I lied to you about the messages for months, and I hid my phone from you.");
  await expect(suggestions).toHaveCount(0);
  await expect(didHint).toBeEmpty();
  await pageA.getByLabel("How I understand it hurt you").fill("You stopped trusting what you saw with your own eyes.");
  await doing.fill("I see a counsellor every Thursday and I answer every question you ask.");
  await expect(pageA.getByTestId("part-hint-whatIAmDoing")).toBeEmpty();
  await expect(pageA.getByTestId("part-hint-howItHurt")).toBeEmpty();
  await pageA.getByRole("button", { name: "Send to Sasha" }).click();
  await expect(pageA.getByTestId("request-status")).toHaveText("Not answered yet");

  // Sasha reads the words A sent, and no coaching: the raw page carries none of it.
  await pageB.goto("/dashboard");
  await pageB.getByRole("link", { name: /Robin asks for your forgiveness/ }).click();
  await expect(
    pageB.getByText("I lied to you about the messages for months, and I hid my phone from you."),
  ).toBeVisible();
  const html = await (await pageB.request.get(pageB.url())).text();
  for (const coaching of [
    "Say what you did",
    "Sorry for the outcome",
    "sorry you found out",
    "part-hint",
    "apology-findings",
  ]) {
    expect(html).not.toContain(coaching);
  }

  await close();
});

test("the second-chance request is checked the same way, and a hint never stops sending", async ({ browser }) => {
  const { a, b, close } = await linkedCouple(browser, ["Quinn", "Tatum"]);
  const pageA = a.page;

  await pageA.goto("/forgiveness");
  await pageA.getByRole("link", { name: "Ask for a second chance" }).click();
  await expect(pageA).toHaveURL(/\/forgiveness\/write\/[0-9a-f-]{36}\?kind=second_chance$/);
  const ask = pageA.getByRole("textbox", { name: "What I am asking for" });
  await ask.fill("Can we stop talking about it? You've lied to me too.");
  const suggestions = pageA.getByRole("list", { name: "Suggestions for “What I am asking for”" });
  await expect(suggestions).toContainText("Hurries their healing");
  await expect(suggestions).toContainText("Turns it back on them");

  const doing = pageA.getByRole("textbox", { name: "What I am already doing (optional)" });
  await doing.fill("I want to be better and I hope you can see it.");
  await expect(pageA.getByTestId("part-hint-whatIAmDoing")).toHaveText(/Name something you are already doing\./);

  // Advice only: A may send as written.
  await pageA.getByRole("button", { name: "Send to Tatum" }).click();
  await expect(pageA.getByTestId("request-status")).toHaveText("Not answered yet");
  await b.page.goto("/forgiveness");
  await expect(b.page.getByTestId("asked-of-me")).toContainText("Quinn");

  await close();
});

test("words written before the coach arrives are read once it does, and without it a request still sends", async ({
  browser,
}) => {
  const { a, b, close } = await linkedCouple(browser, ["Noor", "Ellis"]);
  const pageA = a.page;

  const arrive = await holdCoach(pageA);
  await pageA.goto("/forgiveness");
  await pageA.getByRole("link", { name: "Ask for forgiveness" }).click();
  const whatIDid = pageA.getByRole("textbox", { name: "What I did" });
  await whatIDid.fill("I'm sorry you found out.");
  // Before the coach: the draft saves as usual, and nothing is flagged yet.
  await expect(pageA.getByTestId("draft-status")).toHaveText(/Draft saved/);
  const suggestions = pageA.getByRole("list", { name: "Suggestions for “What I did”" });
  await expect(suggestions).toHaveCount(0);
  arrive();
  await expect(suggestions).toContainText("Sorry for the outcome, not the act");
  await expect(pageA.getByTestId("part-hint-whatIDid")).toHaveText(/Say what you did, in your own words\./);

  // A composer whose coach never comes still writes and sends.
  const noCoach = await a.context.newPage();
  await holdCoach(noCoach);
  await noCoach.goto("/forgiveness");
  await noCoach.getByRole("link", { name: "Ask for forgiveness" }).click();
  await noCoach.getByRole("textbox", { name: "What I did" }).fill("I read your messages without asking you.");
  await noCoach.getByLabel("How I understand it hurt you").fill("You felt watched in your own home.");
  await noCoach
    .getByLabel("What I am doing about it")
    .fill("I leave your phone alone and I tell you when I'm tempted.");
  await noCoach.getByRole("button", { name: "Send to Ellis" }).click();
  await expect(noCoach.getByTestId("request-status")).toHaveText("Not answered yet");
  await b.page.goto("/forgiveness");
  await expect(b.page.getByTestId("asked-of-me")).toContainText("Noor");

  await close();
});
