import { test as base, type Browser, type Page } from "@playwright/test";

export * from "@playwright/test";

/**
 * A page loaded whole streams its content after its loading state. Since React 19.2, that
 * content can stand twice in the DOM for up to ~300 ms: React renders it while the streamed
 * copy still waits, hidden, in its holder (`<div hidden id="S:0">`), until the batched reveal
 * removes it (react/react#37014, open). Nobody sees the hidden copy, but a strict locator
 * does: every full load here waits until the holders are gone.
 */
function settleStreamedLoads(page: Page) {
  for (const name of ["goto", "reload"] as const) {
    const load = page[name].bind(page) as (...args: unknown[]) => ReturnType<Page[typeof name]>;
    page[name] = (async (...args: unknown[]) => {
      const response = await load(...args);
      await page.waitForFunction(() => !document.querySelector('div[hidden][id^="S:"]'));
      return response;
    }) as Page[typeof name];
  }
}

/** Every page of every context the test opens itself (two partners' browsers, a second device). */
function settleOpenedPages(browser: Browser) {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args) => {
    const context = await newContext(...args);
    context.on("page", settleStreamedLoads);
    return context;
  };
  return () => {
    browser.newContext = newContext;
  };
}

/**
 * Playwright's `test`, which also closes every browser context a test opened itself, whether
 * the test passed or failed (a failed journey must not leave its browsers running into the
 * next test), and lets every full page load settle (see settleStreamedLoads).
 */
export const test = base.extend<{ closeOpenedContexts: undefined }>({
  page: async ({ page }, use) => {
    settleStreamedLoads(page);
    await use(page);
  },
  closeOpenedContexts: [
    async ({ browser }, use) => {
      const before = new Set(browser.contexts());
      const restore = settleOpenedPages(browser);
      await use(undefined);
      restore();
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
