import { expect, test } from "./support/test";
import { linkedCouple } from "./support/accounts";
import { TEST_HOST } from "./support/test-host";

/*
 * The suite reaches the app at kintsugi.test, never localhost (playwright.config.ts): a URL the
 * server built from its own address instead of the public one would leave this origin, and
 * the session with it. These are the places that redirect; every other journey runs here too.
 */
test("asking for forgiveness or a second chance stays at the address the browser used, signed in", async ({
  browser,
}) => {
  const { a, close } = await linkedCouple(browser, ["Sam", "Robin"]);
  const page = a.page;
  expect(new URL(page.url()).hostname).toBe(TEST_HOST);

  for (const name of ["Ask for forgiveness", "Ask for a second chance"]) {
    await page.goto("/forgiveness");
    await page.getByRole("link", { name }).first().click();
    await expect(page).toHaveURL(/\/forgiveness\/write\/[0-9a-f-]{36}(\?kind=second_chance)?$/);
    expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
    await expect(page.getByRole("button", { name: "Send to Robin" })).toBeVisible();
  }
  await close();
});

test("a redirect names no host at all, whatever Host the request carried", async ({ browser }) => {
  const { a, close } = await linkedCouple(browser, ["Sam", "Robin"]);
  const response = await a.page.request.get("/forgiveness/new?kind=second_chance", {
    maxRedirects: 0,
    headers: { host: "kintsugi.example" },
  });
  expect(response.status()).toBe(303);
  expect(response.headers()["location"]).toMatch(/^\/forgiveness\/write\/[0-9a-f-]{36}\?kind=second_chance$/);
  await close();
});
