import { readFile } from "node:fs/promises";
import { expect, test } from "./support/test";
import { linkedCouple, signIn } from "./support/accounts";

test("a partner exports their data, then deletes their account; the other keeps the space in their past spaces", async ({
  browser,
}) => {
  const couple = await linkedCouple(browser, ["Alex", "Blair"]);
  const { page } = couple.a;

  await page.goto("/settings");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Export my data" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^kintsugi-export-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(await readFile((await download.path())!, "utf8"));
  expect(exported.account).toMatchObject({ name: "Alex", email: couple.a.person.email });
  expect(exported.spaces[0].partner).toEqual({ name: "Blair" });

  await page.getByLabel("Your password").fill(couple.a.person.password);
  await page.getByRole("button", { name: "Delete my account…" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText("Blair's words stay in their archive");
  await expect(dialog).toContainText(
    "your shared space is closed for both of you; this can't be undone. Export first if you want a copy.",
  );
  await dialog.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/$/);

  // The account is gone: signing in again fails.
  await signIn(page, couple.a.person);
  await expect(page).toHaveURL(/\/sign-in/);

  const partner = couple.b.page;
  await partner.goto("/settings");
  await expect(partner.getByRole("heading", { name: "Past spaces" })).toBeVisible();
  await expect(partner.getByText("With a partner who left")).toBeVisible();
  await couple.close();
});
