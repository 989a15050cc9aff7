import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "./support/test";
import { linkedCouple } from "./support/accounts";

const SECRET_TITLE = "Dinner at the little Lebanese place";
const SECRET_PLACE = "Rue des Martyrs 12";
const SECRET_NOTES = "Table booked for 19:15 under Alex";
const HINTS = ["Dress warmly", "Keep Saturday evening free"];

/** The next Saturday at least two days away, as YYYY-MM-DD (the browsers run on the machine's clock and zone). */
function nextSaturday() {
  const day = new Date();
  day.setDate(day.getDate() + 2);
  while (day.getDay() !== 6) day.setDate(day.getDate() + 1);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

async function answer(page: Page, ideaId: string, reaction: "Yes" | "Maybe" | "No") {
  const card = page.getByTestId(`idea-${ideaId}`);
  await card.getByRole("button", { name: reaction, exact: true }).click();
  await expect(card.getByRole("button", { name: reaction, exact: true })).toHaveAttribute("aria-pressed", "true");
  return card;
}

test("both partners react to ideas and see their match; a surprise stays secret on the other's dashboard and calendar file", async ({
  browser,
}) => {
  const couple = await linkedCouple(browser, ["Alex", "Blair"]);
  const { a, b } = couple;

  // Both open the idea bank. Alex says yes to two ideas, no to a third.
  await Promise.all([a.page.goto("/dates/ideas"), b.page.goto("/dates/ideas")]);
  await answer(a.page, "recreate-first-date", "Yes");
  await answer(a.page, "quiet-reading", "Yes");
  await answer(a.page, "out-stargazing", "No");

  // Blair sees that Alex answered — but not what — until Blair answers too.
  await b.page.reload();
  const stars = b.page.getByTestId("idea-out-stargazing");
  await expect(stars.getByTestId("partner-answer")).toHaveText(
    /Alex has answered\. You'll see what they said once you answer too\./,
  );
  await answer(b.page, "out-stargazing", "Yes");
  await expect(stars.getByTestId("partner-answer")).toHaveText("Alex said no.");
  await expect(stars.getByText("It's a match")).toHaveCount(0);

  // Both yes: a match, shown to both.
  const firstDate = await answer(b.page, "recreate-first-date", "Yes");
  await expect(firstDate.getByText("It's a match")).toBeVisible();
  await expect(b.page.getByTestId("matches")).toContainText("Recreate your first date");
  await a.page.reload();
  await expect(a.page.getByTestId("matches")).toContainText("Recreate your first date");
  await expect(a.page.getByTestId("matches")).not.toContainText("Read in the same room");

  // Alex plans a surprise for Saturday evening.
  const saturday = nextSaturday();
  await a.page.goto("/dates/new");
  await a.page.getByLabel("What's the plan?").fill(SECRET_TITLE);
  await a.page.getByLabel("Starts").fill(`${saturday}T19:00`);
  await a.page.getByLabel("Ends").fill(`${saturday}T22:30`);
  await a.page.getByLabel("Where (optional)").fill(SECRET_PLACE);
  await a.page.getByLabel("Notes (optional)").fill(SECRET_NOTES);
  await a.page.getByLabel(/Make it a surprise for Blair/).check();
  await a.page.getByLabel("Reveal the details at").fill(`${saturday}T18:00`);
  await a.page.getByLabel("Hint 1").fill(HINTS[0]!);
  await a.page.getByLabel("Hint 2").fill(HINTS[1]!);
  await a.page.getByRole("button", { name: "Plan it" }).click();
  await expect(a.page).toHaveURL(/\/dates\/[0-9a-f-]{36}$/);
  const planId = a.page.url().split("/").pop()!;
  await expect(a.page.getByRole("heading", { name: SECRET_TITLE })).toBeVisible();
  await expect(a.page.getByText("Until then Blair sees only: “A surprise on Saturday evening”")).toBeVisible();

  // Blair's dashboard: only "A surprise on Saturday evening" and the hints.
  await b.page.goto("/dashboard");
  const upcoming = b.page.getByTestId("upcoming-dates");
  await expect(upcoming).toContainText("A surprise on Saturday evening");
  await expect(upcoming.getByTestId("surprise-hints")).toHaveText(HINTS.join(" · "));
  const dashboardHtml = await b.page.content();
  for (const secret of [SECRET_TITLE, SECRET_PLACE, SECRET_NOTES]) expect(dashboardHtml).not.toContain(secret);

  // Blair's view of the plan and its calendar file say no more.
  await b.page.goto(`/dates/${planId}`);
  await expect(b.page.getByRole("heading", { name: "A surprise on Saturday evening" })).toBeVisible();
  await expect(b.page.getByTestId("surprise-hints")).toContainText(HINTS[0]!);
  const planHtml = await b.page.content();
  for (const secret of [SECRET_TITLE, SECRET_PLACE, SECRET_NOTES]) expect(planHtml).not.toContain(secret);
  const [blairsDownload] = await Promise.all([
    b.page.waitForEvent("download"),
    b.page.getByRole("link", { name: "Add to calendar" }).click(),
  ]);
  expect(blairsDownload.suggestedFilename()).toBe(`kintsugi-date-${saturday}.ics`);
  const blairsFile = (await readFile(await blairsDownload.path())).toString("utf8");
  expect(blairsFile).toContain("BEGIN:VCALENDAR\r\n");
  expect(blairsFile).toContain(`DTSTART;VALUE=DATE:${saturday.replaceAll("-", "")}`);
  expect(blairsFile.replace(/\r\n /g, "")).toContain("SUMMARY:A surprise from Alex (Saturday evening)");
  for (const secret of [SECRET_TITLE, "Rue des Martyrs", "Lebanese", "19:15"]) expect(blairsFile).not.toContain(secret);

  // Alex's file has the whole plan.
  const [alexsDownload] = await Promise.all([
    a.page.waitForEvent("download"),
    a.page.getByRole("link", { name: "Add to calendar" }).click(),
  ]);
  const alexsFile = (await readFile(await alexsDownload.path())).toString("utf8").replace(/\r\n /g, "");
  expect(alexsFile).toContain(`SUMMARY:${SECRET_TITLE}`);
  expect(alexsFile).toContain("LOCATION:Rue des Martyrs 12");

  await couple.close();
});

// A 1×1 PNG.
const TINY_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

test("a memory with a photo becomes a date again, linked both ways", async ({ browser }) => {
  const couple = await linkedCouple(browser, ["Alex", "Blair"]);
  const { a, b } = couple;

  await a.page.goto("/memories");
  await a.page.getByRole("button", { name: "Add the first memory" }).click();
  await a.page.getByLabel("What do you want to remember?").fill("Our first winter");
  await a.page.getByLabel("When").fill("2019-12-14");
  await a.page.getByLabel("Where (optional)").fill("Bergen");
  await a.page.getByLabel("The story (optional)").fill("Snow everywhere, and the tiny café by the harbour.");
  await a.page.getByRole("button", { name: "Keep this memory" }).click();
  await expect(a.page).toHaveURL(/\/memories\/[0-9a-f-]{36}$/);
  const memoryUrl = a.page.url();

  // A photo that isn't one is refused; a real one is kept and shown to the partner.
  const picker = a.page.getByLabel(/Choose a photo/);
  await picker.setInputFiles({
    name: "not-a-photo.png",
    mimeType: "image/png",
    buffer: Buffer.from("<svg onload=alert(1)>"),
  });
  await expect(a.page.getByText("Please choose a JPEG, PNG or WebP photo.")).toBeVisible();
  await picker.setInputFiles({ name: "winter.png", mimeType: "image/png", buffer: TINY_PNG });
  await expect(a.page.getByRole("img", { name: "Photo: Our first winter" })).toBeVisible();
  await b.page.goto(new URL(memoryUrl).pathname);
  const photo = b.page.getByRole("img", { name: "Photo: Our first winter" });
  await expect(photo).toBeVisible();
  expect(await photo.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(1);

  // Blair recreates it.
  await b.page.getByRole("link", { name: "Recreate this" }).click();
  await expect(b.page.getByLabel("What's the plan?")).toHaveValue("Recreate: Our first winter");
  await b.page.getByLabel("Starts").fill(`${nextSaturday()}T15:00`);
  await b.page.getByLabel("Ends").fill(`${nextSaturday()}T18:00`);
  await b.page.getByRole("button", { name: "Plan it" }).click();
  await expect(b.page).toHaveURL(/\/dates\/[0-9a-f-]{36}$/);
  await expect(b.page.getByRole("link", { name: "Our first winter" })).toBeVisible();

  await a.page.reload();
  await expect(a.page.getByRole("link", { name: /Recreate: Our first winter/ })).toBeVisible();
  await couple.close();
});

test("a partner's open dates page and plan page follow the other's plan live", async ({ browser }) => {
  const couple = await linkedCouple(browser, ["Alex", "Blair"]);
  const { a, b } = couple;
  const saturday = nextSaturday();

  await b.page.goto("/dates");
  await expect(b.page.locator('[data-live="connected"]')).toHaveCount(1);
  await expect(b.page.getByText("Nothing planned yet")).toBeVisible();

  await a.page.goto("/dates/new");
  await a.page.getByLabel("What's the plan?").fill("Picnic in the park");
  await a.page.getByLabel("Starts").fill(`${saturday}T12:00`);
  await a.page.getByLabel("Ends").fill(`${saturday}T14:00`);
  await a.page.getByRole("button", { name: "Plan it" }).click();
  await expect(a.page).toHaveURL(/\/dates\/[0-9a-f-]{36}$/);

  // Blair's open list shows it without a reload; then Blair opens it.
  await b.page.getByRole("link", { name: /Picnic in the park/ }).click();
  await expect(b.page.getByRole("heading", { name: "Picnic in the park" })).toBeVisible();
  await expect(b.page.locator('[data-live="connected"]')).toHaveCount(1);

  // Alex renames it: Alex's page answers at once, Blair's open page follows.
  await a.page.getByRole("button", { name: "Edit" }).click();
  await a.page.getByLabel("What's the plan?").fill("Picnic by the lake");
  await a.page.getByRole("button", { name: "Save changes" }).click();
  await expect(a.page.getByRole("heading", { name: "Picnic by the lake" })).toBeVisible();
  await expect(b.page.getByRole("heading", { name: "Picnic by the lake" })).toBeVisible();

  // Blair calls it off: Alex's page shows it.
  await b.page.getByRole("button", { name: "Call it off" }).click();
  await b.page.getByRole("alertdialog").getByRole("button", { name: "Call it off" }).click();
  await expect(b.page.getByText("Called off", { exact: true })).toBeVisible();
  await expect(a.page.getByText("Called off", { exact: true })).toBeVisible();
  await expect(a.page.getByRole("button", { name: "Edit" })).toHaveCount(0);

  await couple.close();
});
