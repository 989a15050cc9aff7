import { test as base } from "@playwright/test";

export * from "@playwright/test";

/**
 * Playwright's `test`, which also closes every browser context a test opened itself (two
 * partners' browsers, a second device), whether the test passed or failed: a failed
 * journey must not leave its browsers running into the next test.
 */
export const test = base.extend<{ closeOpenedContexts: undefined }>({
  closeOpenedContexts: [
    async ({ browser }, use) => {
      const before = new Set(browser.contexts());
      await use(undefined);
      await Promise.all(
        browser
          .contexts()
          .filter((context) => !before.has(context))
          .map((context) => context.close()),
      );
    },
    { auto: true },
  ],
});
