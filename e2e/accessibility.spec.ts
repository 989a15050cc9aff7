import path from "node:path";
import { expect, test, type Page } from "./support/test";
import {
  linkedPartner,
  schemes,
  signedInStops,
  signedOutStops,
  soloOnlyPaths,
  soloPerson,
  viewports,
  visit,
  type Scheme,
  type Stop,
} from "./support/page-tour";
import { expectAccessible } from "./support/axe";

/*
 * Every page, in light and dark, on a phone and a wide screen, has no serious or critical
 * accessibility violation (WCAG 2.2 A and AA, as axe checks them). Moderate findings are
 * printed but do not fail, so the suite stays a floor, not noise.
 *
 * The same visit takes a picture of each page for a person to look at (e2e/.screenshots/,
 * git-ignored). Nothing is compared; the point is to look.
 */
const screenshots = path.join(process.cwd(), "e2e", ".screenshots");

async function tour(page: Page, stops: Stop[], scheme: Scheme, picturePrefix = "") {
  for (const viewport of viewports) {
    await page.setViewportSize(viewport);
    for (const stop of stops) {
      await test.step(`${stop.path} ${viewport.name}`, async () => {
        await visit(page, stop, scheme);
        await expectAccessible(page, `${stop.path} ${viewport.name} ${scheme}`);
        await page.screenshot({
          path: path.join(screenshots, `${picturePrefix}${stop.name}-${viewport.width}-${scheme}.png`),
          fullPage: true,
        });
      });
    }
  }
}

for (const scheme of schemes) {
  test.describe(`${scheme} mode`, () => {
    // A tour visits every page at two sizes: minutes, not the default 60 s, on a busy machine.
    test.describe.configure({ timeout: 300_000 });
    test("signed-out pages", async ({ page }) => {
      await tour(page, signedOutStops, scheme);
    });

    test("pages before a partner joins", async ({ browser }) => {
      const solo = await soloPerson(browser);
      const stops = [
        { name: "welcome", path: "/welcome" },
        ...signedInStops().filter(({ path }) => path === "/settings"),
      ];
      await tour(solo.page, stops, scheme, "solo-");
      await solo.close();
    });

    test("pages of a linked couple, and the phone's More sheet", async ({ browser }) => {
      const partner = await linkedPartner(browser);
      const stops = signedInStops().filter(({ path }) => !soloOnlyPaths.has(path));
      await tour(partner.page, stops, scheme);

      await test.step("More sheet open", async () => {
        await partner.page.setViewportSize(viewports[0]);
        await visit(partner.page, { name: "dashboard", path: "/dashboard" }, scheme);
        await partner.page.getByRole("button", { name: "More" }).click();
        await expect(partner.page.getByRole("dialog", { name: "More" })).toBeVisible();
        await expectAccessible(partner.page, `More sheet ${scheme}`);
        await partner.page.screenshot({ path: path.join(screenshots, `more-sheet-390-${scheme}.png`) });
      });
      await partner.close();
    });
  });
}
