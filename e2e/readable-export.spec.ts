import { readFile } from "node:fs/promises";
import { expect, test } from "./support/test";
import { linkedCouple } from "./support/accounts";

test("a readable copy downloads as one page that opens with no scripts and shows my side of the journey", async ({
  browser,
}) => {
  const couple = await linkedCouple(browser, ["Alex", "Blair"]);
  const { page } = couple.a;
  await page.goto("/vents");
  await expect(page.locator('[data-live="connected"]')).toHaveCount(1);
  await page.getByTestId("vent-body").fill("What I needed to say <b>out loud</b>.");
  await page.getByTestId("vent-submit").click();
  await expect(page.getByTestId("vent")).toHaveCount(1);

  await page.goto("/settings");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "A copy to read or print" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^kintsugi-\d{4}-\d{2}-\d{2}\.html$/);
  const html = await readFile((await download.path())!, "utf8");

  // Opened as the file it is: the words are there as text, nothing runs, nothing is fetched.
  const reader = await couple.a.context.newPage();
  const requests: string[] = [];
  reader.on("request", (request) => requests.push(request.url()));
  await reader.setContent(html);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Alex’s journey");
  await expect(reader.getByRole("heading", { name: "With Blair" })).toBeVisible();
  await expect(reader.getByText("What I needed to say <b>out loud</b>.")).toBeVisible();
  expect(await reader.locator("script, img, link, iframe").count()).toBe(0);
  expect(requests).toEqual([]);
  await couple.close();
});
