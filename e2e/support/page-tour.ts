import { expect, type Browser, type Page } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import { linkedCouple, newPerson, signUp } from "./accounts";

/** A page to visit, with a file-safe name for reports and screenshots. */
export type Stop = { name: string; path: string };

export const schemes = ["light", "dark"] as const;
export type Scheme = (typeof schemes)[number];

export const viewports = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 800 },
] as const;

export const signedOutStops: Stop[] = [
  { name: "home", path: "/" },
  { name: "sign-in", path: "/sign-in" },
  { name: "sign-up", path: "/sign-up" },
  { name: "join-bad-code", path: "/join/NOT-A-REAL-INVITE-CODE" },
  { name: "away", path: "/away" },
];

/**
 * Every static page under app/(app), found on disk, so a section the moment it exists is
 * checked too. Dynamic segments ([id]) need data and are left to their features' journeys.
 */
export function signedInStops(): Stop[] {
  const root = path.join(process.cwd(), "app", "(app)");
  const found: Stop[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith("[") || entry.name.startsWith("_")) continue;
      const isGroup = entry.name.startsWith("(") && entry.name.endsWith(")");
      const next = isGroup ? segments : [...segments, entry.name];
      const full = path.join(dir, entry.name);
      if (fs.existsSync(path.join(full, "page.tsx")) && !isGroup) {
        found.push({ name: next.join("-"), path: `/${next.join("/")}` });
      }
      walk(full, next);
    }
  };
  walk(root, []);
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

/** Pages only someone without a partner sees (a linked person is sent on to the dashboard). */
export const soloOnlyPaths = new Set(["/welcome"]);

/** Opens a page as a person would see it: the given colour scheme, motion settled, theme applied. */
export async function visit(page: Page, stop: Stop, scheme: Scheme) {
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
  const response = await page.goto(stop.path);
  expect(response?.status(), `${stop.path} answers without a server error`).toBeLessThan(500);
  await page.waitForLoadState("load");
  // The theme script follows the system scheme and marks <html>; wait until it has.
  await expect(page.locator("html")).toHaveClass(new RegExp(`\\b${scheme}\\b`));
}

/** Someone signed up but not linked yet: sees /welcome and the pages without a partner. */
export async function soloPerson(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUp(page, newPerson("Robin"));
  await expect(page).toHaveURL(/\/welcome$/);
  return { page, close: () => context.close() };
}

/** One partner of a linked couple, on their dashboard. */
export async function linkedPartner(browser: Browser) {
  const couple = await linkedCouple(browser, ["Alex", "Blair"]);
  await couple.b.context.close();
  return { page: couple.a.page, close: () => couple.a.context.close() };
}
