import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { linkedCouple } from "./support/accounts";

// A 1×1 PNG.
const TINY_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

/** Keeps a memory through the API, as the page would, for an album longer than one page. */
async function keepMemory(page: Page, title: string, happenedOn: string) {
  const origin = new URL(page.url()).origin;
  const response = await page.request.post("/api/trpc/memories.create", {
    data: { json: { title, happenedOn, place: "", story: "" } },
    headers: { origin },
  });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { result: { data: { json: { id: string } } } }).result.data.json.id;
}

test("a memory is edited, loses its photo and is removed, and the partner's open pages follow", async ({ browser }) => {
  const { a, b, close } = await linkedCouple(browser, ["Alex", "Blair"]);
  const alex = a.page;
  const blair = b.page;
  const id = await keepMemory(alex, "The lake", "2021-07-03");

  await alex.goto(`/memories/${id}`);
  await alex.getByLabel(/Choose a photo/).setInputFiles({ name: "lake.png", mimeType: "image/png", buffer: TINY_PNG });
  await expect(alex.getByRole("img", { name: "Photo: The lake" })).toBeVisible();

  await blair.goto(`/memories/${id}`);
  await expect(blair.locator('[data-live="connected"]')).toHaveCount(1);
  await expect(blair.getByRole("img", { name: "Photo: The lake" })).toBeVisible();

  await test.step("a refused edit says why beside the field; a good one shows on both screens", async () => {
    await alex.getByRole("button", { name: "Edit" }).click();
    await alex.getByLabel("What do you want to remember?").fill("   ");
    await alex.getByRole("button", { name: "Save" }).click();
    await expect(alex.getByLabel("What do you want to remember?")).toHaveAttribute("aria-invalid", "true");
    await alex.getByLabel("What do you want to remember?").fill("The lake at dawn");
    await alex.getByLabel("The story (optional)").fill("Mist on the water, and nobody else awake.");
    await alex.getByRole("button", { name: "Save" }).click();
    await expect(alex.getByRole("heading", { name: "The lake at dawn" })).toBeVisible();
    await expect(alex.getByText("Mist on the water")).toBeVisible();
    await expect(blair.getByRole("heading", { name: "The lake at dawn" })).toBeVisible();
  });

  await test.step("the photo is removed for both", async () => {
    await alex.getByRole("button", { name: "Remove the photo" }).click();
    await expect(alex.getByRole("img", { name: /Photo:/ })).toHaveCount(0);
    await expect(alex.getByRole("button", { name: "Add a photo" })).toBeVisible();
    await expect(blair.getByRole("img", { name: /Photo:/ })).toHaveCount(0);
  });

  await test.step("removed, it leaves the album; the album open on the other screen follows", async () => {
    await blair.goto("/memories");
    await expect(blair.getByRole("link", { name: /The lake at dawn/ })).toBeVisible();
    await alex.getByRole("button", { name: "Remove" }).click();
    await alex.getByRole("button", { name: "Remove it" }).click();
    await expect(alex).toHaveURL(/\/memories$/);
    await expect(alex.getByText("Your album is empty")).toBeVisible();
    await expect(blair.getByText("Your album is empty")).toBeVisible();
  });
  await close();
});

test("an album longer than a page opens page by page", async ({ browser }) => {
  const { a, close } = await linkedCouple(browser, ["Sam", "Robin"]);
  const sam = a.page;
  for (let day = 1; day <= 25; day++)
    await keepMemory(sam, `Day out ${day}`, `2020-03-${String(day).padStart(2, "0")}`);
  await sam.goto("/memories");
  const cards = sam.getByRole("listitem").filter({ hasText: "Day out" });
  await expect(cards).toHaveCount(24);
  await expect(cards.first()).toContainText("Day out 25");
  await sam.getByRole("link", { name: "Show more" }).click();
  await expect(sam).toHaveURL(/\/memories\?pages=2$/);
  await expect(cards).toHaveCount(25);
  await expect(cards.last()).toContainText("Day out 1");
  await expect(sam.getByRole("link", { name: "Show more" })).toHaveCount(0);
  await close();
});
