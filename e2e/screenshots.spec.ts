import { expect, test, type Page } from "@playwright/test";
import path from "node:path";
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

/*
 * Pictures of every page for a person to look at (e2e/.screenshots/, git-ignored): each page
 * on a phone (390×844) and a wide screen (1280×800), in light and dark. Nothing is compared;
 * the point is to look.
 */
const folder = path.join(process.cwd(), "e2e", ".screenshots");

async function photograph(page: Page, stops: Stop[], scheme: Scheme, prefix = "") {
  for (const viewport of viewports) {
    await page.setViewportSize(viewport);
    for (const stop of stops) {
      await visit(page, stop, scheme);
      await page.screenshot({
        path: path.join(folder, `${prefix}${stop.name}-${viewport.width}-${scheme}.png`),
        fullPage: true,
      });
    }
  }
}

for (const scheme of schemes) {
  test.describe(`${scheme} mode`, () => {
    // A tour visits every page at two sizes: minutes, not the default 60 s, on a busy machine.
    test.describe.configure({ timeout: 300_000 });
    test("signed-out pages", async ({ page }) => {
      await photograph(page, signedOutStops, scheme);
    });

    test("pages before a partner joins", async ({ browser }) => {
      const solo = await soloPerson(browser);
      await photograph(solo.page, [{ name: "welcome", path: "/welcome" }, { name: "settings", path: "/settings" }], scheme, "solo-");
      await solo.close();
    });

    test("pages of a linked couple", async ({ browser }) => {
      const partner = await linkedPartner(browser);
      await photograph(
        partner.page,
        signedInStops().filter(({ path: route }) => !soloOnlyPaths.has(route)),
        scheme,
      );

      await partner.page.setViewportSize(viewports[0]);
      await visit(partner.page, { name: "dashboard", path: "/dashboard" }, scheme);
      await partner.page.getByRole("button", { name: "More" }).click();
      await expect(partner.page.getByRole("dialog", { name: "More" })).toBeVisible();
      await partner.page.screenshot({ path: path.join(folder, `more-sheet-390-${scheme}.png`) });
      await partner.close();
    });
  });
}
