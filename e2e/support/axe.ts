import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { schemes, viewports } from "./page-tour";

const wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * No serious or critical violation (WCAG 2.2 A and AA, as axe checks them) on the page as it
 * is now. Moderate findings are printed but do not fail, so the check stays a floor, not
 * noise. Soft: a journey goes on, and reports every page that failed, not only the first.
 */
export async function expectAccessible(page: Page, label: string) {
  // At rest, as a person reads it: a toast caught mid-fade measures as faint text.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== "running" ||
          animation.effect?.getComputedTiming().iterations === Number.POSITIVE_INFINITY,
      ),
  );
  const { violations } = await new AxeBuilder({ page }).withTags(wcag).analyze();
  const blocking = violations.filter(({ impact }) => impact === "serious" || impact === "critical");
  for (const { id, impact, help, nodes } of violations.filter((violation) => !blocking.includes(violation))) {
    console.log(`[${label}] ${impact} ${id}: ${help} (${nodes.length})`);
  }
  const readable = blocking.map(
    ({ id, impact, help, nodes }) =>
      `${impact} ${id}: ${help}\n${nodes
        .slice(0, 5)
        .map(
          (node) => `    ${node.target.join(" ")}: ${node.failureSummary?.split("\n").slice(1).join(" ").trim() ?? ""}`,
        )
        .join("\n")}`,
  );
  expect.soft(readable, `${label} has no serious or critical violations`).toEqual([]);
}

/** The same check at a phone's width (390 px) and a wide screen's (1280 px), in light and dark. */
export async function expectAccessibleAtBothSizes(page: Page, label: string) {
  for (const scheme of schemes) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
    await expect(page.locator("html")).toHaveClass(new RegExp(`\\b${scheme}\\b`));
    for (const viewport of viewports) {
      await page.setViewportSize(viewport);
      await expectAccessible(page, `${label} at ${viewport.width} px, ${scheme}`);
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
}
