import path from "node:path";
import { expect, test, type Page } from "./support/test";
import { linkedCouple } from "./support/accounts";
import { schemes, viewports, visit } from "./support/page-tour";
import { expectAccessible } from "./support/axe";

const screenshots = path.join(process.cwd(), "e2e", ".screenshots");
const PRIVATE_NOTE = "Only for me: the knot came back after lunch";

async function tapScale(page: Page, measure: string, value: number) {
  await page.getByTestId(`scale-${measure}`).getByText(String(value), { exact: true }).click();
}

test("the pace both agree on, a step back alone, two weeks of private check-ins and the direction shared", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const { a, b, close } = await linkedCouple(browser);
  const alex = a.page;
  const blair = b.page;

  await test.step("moving forward takes both", async () => {
    await expect(alex.getByTestId("pace-panel")).toHaveAttribute("data-phase", "atone");
    await alex.getByTestId("pace-propose").click();
    await expect(alex.getByTestId("pace-offer")).toContainText("It waits for Blair, with no deadline");
    await blair.reload();
    await expect(blair.getByTestId("pace-offer")).toContainText("Alex feels ready to move on to Attune");
    await blair.getByTestId("pace-accept").click();
    await expect(blair.getByTestId("pace-panel")).toHaveAttribute("data-phase", "attune");
    await alex.reload();
    await expect(alex.getByTestId("pace-panel")).toHaveAttribute("data-phase", "attune");
    await expect(alex.getByRole("heading", { name: "Your pace: Attune" })).toBeVisible();
  });

  await test.step("stepping back takes one, and reads as a change of pace", async () => {
    await blair.getByTestId("pace-step-back").click();
    await blair.getByTestId("pace-step-back-confirm").click();
    await expect(blair.getByTestId("pace-panel")).toHaveAttribute("data-phase", "atone");
    await alex.reload();
    await expect(alex.getByTestId("pace-panel")).toHaveAttribute("data-phase", "atone");
    await expect(alex.getByTestId("pace-change-note")).toContainText("a change of pace, not a failure");
    await alex.goto("/timeline");
    await expect(alex.getByText("Back to Atone, at a gentler pace")).toBeVisible();
    await expect(alex.getByText("Moved to Attune together")).toBeVisible();
  });

  await test.step("Alex checks in for two weeks: trust 3 the first week, 7 the second", async () => {
    await alex.goto("/check-in");
    const daySelect = alex.getByTestId("check-in-day");
    // Today and the 13 days before it; evaluateAll below reads the options as they are, without waiting.
    await expect(daySelect.locator("option")).toHaveCount(14);
    const days = await daySelect
      .locator("option")
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(days).toHaveLength(14);
    for (const [back, day] of days.entries()) {
      await daySelect.selectOption(day);
      await tapScale(alex, "safety", 6);
      await tapScale(alex, "trust", back >= 7 ? 3 : 7);
      await tapScale(alex, "connection", 5);
      if (back === 0) await alex.getByTestId("check-in-note").fill(PRIVATE_NOTE);
      await alex.getByTestId("check-in-save").click();
      await expect(daySelect.locator(`option[value="${day}"]`)).toContainText("checked in");
    }
    await expect(alex.getByTestId("my-directions")).toContainText("trust: rising");
  });

  await test.step("Alex's chart renders: a dot for each day and the average line", async () => {
    const chart = alex.getByTestId("trend-mine-trust");
    // One drawing shows at a time: the phone's or the wide screen's.
    const drawing = chart.locator("svg").filter({ visible: true });
    await expect(drawing).toHaveCount(1);
    await expect(drawing.locator("circle")).toHaveCount(14);
    await expect(drawing.locator("polyline")).toHaveCount(1);
    await expect(chart.getByText("7-day average 7.0")).toBeVisible();
  });

  await test.step("before anything is shared, Blair sees nothing of Alex's check-ins", async () => {
    await expect(blair.getByTestId("partner-check-in-directions")).toHaveCount(0);
    await blair.goto("/check-in");
    await expect(blair.getByTestId("partner-check-ins")).toContainText("Alex keeps their check-ins to themselves");
  });

  await test.step("Alex shares the direction only; Blair sees trust: rising and no numbers", async () => {
    await expect(blair.locator('[data-live="connected"]')).toHaveCount(1);
    await alex.getByTestId("sharing-choice").getByText("The direction", { exact: true }).click();
    await expect(alex.getByText("Blair now sees the direction only.")).toBeVisible();

    // Blair's open page follows without a reload.
    await expect(blair.getByTestId("partner-directions")).toContainText("trust: rising");
    await blair.goto("/dashboard");
    const shared = blair.getByTestId("partner-check-in-directions");
    await expect(shared).toContainText("trust: rising");
    await expect(shared).not.toContainText(/\d/);
    await blair.goto("/check-in");
    await expect(blair.getByTestId("partner-directions")).toContainText("trust: rising");
    await expect(blair.getByTestId("partner-check-ins").locator("svg circle")).toHaveCount(0);
    await expect(blair.getByTestId("partner-check-ins")).not.toContainText(/\d/);
    // Nor in what the server sends: the pages' raw HTML and their embedded data carry no note and
    // no reading (Blair never checked in, so any number would be Alex's).
    const reading = /\\?"(value|average|safety|trust|connection)\\?":\s*\d/;
    // The same look at Alex's own page finds the readings: the check can fail.
    expect(await (await alex.request.get("/check-in")).text()).toMatch(reading);
    expect(await (await alex.request.get("/check-in")).text()).toContain("knot came back");
    for (const path of ["/check-in", "/dashboard", "/check-in?range=90"]) {
      const raw = await (await blair.request.get(path)).text();
      expect(raw, path).toContain("rising");
      expect(raw, path).not.toContain("knot came back");
      expect(raw, path).not.toMatch(reading);
    }
  });

  await test.step("pages with content are axe-clean at 390 and 1280 px, light and dark", async () => {
    for (const scheme of schemes) {
      for (const viewport of viewports) {
        for (const [who, page, stops] of [
          ["alex", alex, ["/check-in", "/dashboard"]],
          ["blair", blair, ["/check-in"]],
        ] as const) {
          await page.setViewportSize(viewport);
          for (const stop of stops) {
            await visit(page, { name: stop, path: stop }, scheme);
            await expectAccessible(page, `${who} ${stop} ${viewport.name} ${scheme}`);
            await page.screenshot({
              path: path.join(screenshots, `pace-${who}${stop.replace("/", "-")}-${viewport.width}-${scheme}.png`),
              fullPage: true,
            });
          }
        }
      }
    }
  });

  await close();
});

test("a disclosure is offered, acknowledged, and waits on nobody after", async ({ browser }) => {
  const { a, b, close } = await linkedCouple(browser);
  const alex = a.page;
  const blair = b.page;
  await alex.goto("/disclosures");
  await alex.getByTestId("disclosure-body").fill("I kept the old phone in a drawer. I've given it away today.");
  await alex.getByTestId("disclosure-submit").click();
  await expect(alex.getByTestId("disclosure")).toContainText("You told");

  await blair.reload();
  await blair.getByRole("link", { name: /Alex chose to tell you something/ }).click();
  await expect(blair).toHaveURL(/\/disclosures#disclosure-/);
  await blair.getByTestId("disclosure-acknowledge").click();
  await expect(blair.getByTestId("disclosure-acknowledged")).toContainText("You thanked them");

  await alex.reload();
  await expect(alex.getByTestId("disclosure-acknowledged")).toContainText("Blair thanked you for telling them");
  for (const viewport of viewports) {
    await alex.setViewportSize(viewport);
    await visit(alex, { name: "disclosures", path: "/disclosures" }, "light");
    await expectAccessible(alex, `/disclosures ${viewport.name}`);
  }
  await close();
});

test("a disclosure can be taken back until the partner has thanked them for it", async ({ browser }) => {
  const { a, b, close } = await linkedCouple(browser);
  const alex = a.page;
  await alex.goto("/disclosures");
  const told = alex.getByTestId("disclosure");
  for (const body of ["I still have her number.", "I deleted her number today."]) {
    await alex.getByTestId("disclosure-body").fill(body);
    await alex.getByTestId("disclosure-submit").click();
    await expect(told.filter({ hasText: body })).toHaveCount(1);
  }

  await told.filter({ hasText: "I still have her number." }).getByRole("button", { name: "Take back" }).click();
  await alex.getByRole("alertdialog").getByRole("button", { name: "Take back" }).click();
  await expect(alex.getByRole("alertdialog")).toHaveCount(0);
  await expect(told).toHaveCount(1);

  await b.page.goto("/disclosures");
  await expect(b.page.getByTestId("disclosure")).toHaveCount(1);
  await b.page.getByTestId("disclosure-acknowledge").click();
  await expect(b.page.getByTestId("disclosure-acknowledged")).toContainText("You thanked them");
  await expect(told.getByTestId("disclosure-acknowledged")).toContainText("Blair thanked you for telling them");
  await expect(told.getByRole("button", { name: "Take back" })).toHaveCount(0);
  await close();
});
