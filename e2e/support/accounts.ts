import { expect, type Browser, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { confirmFromMail } from "./mail";

export const PASSWORD = "a long and careful password";

export type Person = { name: string; email: string; password: string };

export function newPerson(name: string): Person {
  return { name, email: `${name.toLowerCase()}-${randomUUID().slice(0, 8)}@example.test`, password: PASSWORD };
}

/** Fills in the sign-up form and sends it; the run's server has mail, so it ends on "check your inbox". */
export async function submitSignUp(page: Page, person: Person) {
  await page.getByLabel("Your name").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
}

/** Signs up and finishes from the confirmation mail, as a person would. */
export async function signUp(page: Page, person: Person, from = "/sign-up") {
  await page.goto(from);
  await submitSignUp(page, person);
  await confirmFromMail(page, person.email);
}

export async function signIn(page: Page, person: Person) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs up and creates the couple space; returns the invite link shown once. */
export async function startSpace(page: Page, person: Person) {
  await signUp(page, person);
  await expect(page).toHaveURL(/\/welcome$/);
  await page.getByRole("button", { name: "Create our space" }).click();
  // A whole address, with the origin the browser used.
  const field = page.getByTestId("invite-link");
  await expect(field).toHaveValue(/^https?:\/\/[^/]+\/join\/[0-9A-Z-]{20,}$/);
  return field.inputValue();
}

/** Opens an invite link signed out, signs up there and joins. */
export async function joinThroughLink(page: Page, link: string, person: Person) {
  await page.goto(link);
  await page.getByRole("link", { name: "Create my account" }).click();
  await submitSignUp(page, person);
  await confirmFromMail(page, person.email);
  await page.getByRole("button", { name: /^Join / }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

/** Two partners, each in their own browser context, linked and on their dashboards. */
export async function linkedCouple(browser: Browser, names: [string, string] = ["Alex", "Blair"]) {
  const [contextA, contextB] = await Promise.all([browser.newContext(), browser.newContext()]);
  const [pageA, pageB] = await Promise.all([contextA.newPage(), contextB.newPage()]);
  const a = newPerson(names[0]);
  const b = newPerson(names[1]);
  const link = await startSpace(pageA, a);
  await joinThroughLink(pageB, link, b);
  await pageA.getByRole("button", { name: "Go to our dashboard" }).click();
  await expect(pageA).toHaveURL(/\/dashboard$/);
  return {
    a: { person: a, page: pageA, context: contextA },
    b: { person: b, page: pageB, context: contextB },
    link,
    close: () => Promise.all([contextA.close(), contextB.close()]),
  };
}
