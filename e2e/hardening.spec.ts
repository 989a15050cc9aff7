import { expect, test } from "@playwright/test";
import { newPerson, startSpace } from "./support/accounts";

const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360f8cfc0000003010100c9fe92ef0000000049454e44ae426082",
  "hex",
);

test("a mutation whose Origin is null or missing is refused with 403, and nothing is written", async ({
  request,
  baseURL,
}) => {
  const person = newPerson("Nullorigin");
  const body = { json: { name: person.name, email: person.email, password: person.password } };
  for (const origin of ["null", undefined]) {
    const response = await request.post("/api/trpc/account.signUp", {
      data: body,
      headers: origin ? { Origin: origin } : {},
    });
    expect(response.status(), `Origin: ${origin ?? "(none)"}`).toBe(403);
    expect(await response.text()).not.toContain("Invalid URL");
  }
  // Nothing was written: the same email can still sign up from the app's own origin.
  const ours = await request.post("/api/trpc/account.signUp", { data: body, headers: { Origin: baseURL! } });
  expect(ours.status()).toBe(200);
});

test("a photo upload whose Origin is null or missing is refused, and the route keeps its own locked-down policy", async ({
  page,
  baseURL,
}) => {
  await startSpace(page, newPerson("Photo"));
  const created = await page.request.post("/api/trpc/memories.create", {
    data: { json: { title: "The lake", happenedOn: "2020-07-01", place: "", story: "" } },
    headers: { Origin: baseURL! },
  });
  expect(created.status()).toBe(200);
  const memoryId = ((await created.json()) as { result: { data: { json: { id: string } } } }).result.data.json.id;
  const photo = { photo: { name: "lake.png", mimeType: "image/png", buffer: PNG } };

  for (const origin of ["null", undefined]) {
    const refused = await page.request.post(`/memories/${memoryId}/photo`, {
      multipart: photo,
      headers: origin ? { Origin: origin } : {},
    });
    expect(refused.status(), `Origin: ${origin ?? "(none)"}`).toBe(403);
  }
  const nothing = await page.request.get(`/memories/${memoryId}/photo`);
  expect(nothing.status()).toBe(404);
  expect(nothing.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");

  const saved = await page.request.post(`/memories/${memoryId}/photo`, {
    multipart: photo,
    headers: { Origin: baseURL! },
  });
  expect(saved.status()).toBe(200);
  const served = await page.request.get(`/memories/${memoryId}/photo`);
  expect(served.status()).toBe(200);
  const headers = served.headers();
  // Its own policy, not the pages' nonce policy; the privacy headers still come along.
  expect(headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["cache-control"]).toMatch(/^private/);
});
