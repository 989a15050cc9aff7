import { describe, expect, it, vi } from "vitest";
import { getRequestViewer } from "@/server/auth";
import { callerFor, db, makeCouple, type TestUser } from "@/test/harness";
import { GET, POST } from "@/app/(app)/(couple)/memories/[id]/photo/route";
import { loadViewer } from "../viewer";

vi.mock("@/server/auth", () => ({ getRequestViewer: vi.fn() }));

async function signedInAs(user: TestUser | null) {
  vi.mocked(getRequestViewer).mockResolvedValue(user ? await loadViewer(db, user.id, 0) : null);
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
const params = (id: string) => ({ params: Promise.resolve({ id }) });

function upload(
  id: string,
  bytes: Uint8Array<ArrayBuffer>,
  origin: string | null = "http://localhost:3000",
  type = "image/png",
) {
  const body = new FormData();
  body.set("photo", new File([bytes], "photo.png", { type }));
  const headers: Record<string, string> =
    origin === null ? { host: "localhost:3000" } : { origin, host: "localhost:3000" };
  return POST(new Request(`http://localhost:3000/memories/${id}/photo`, { method: "POST", body, headers }), params(id));
}

describe("the memory photo route", () => {
  it("takes a photo from one partner and serves it to the other, privately", async () => {
    const { a, b } = await makeCouple();
    const memory = await callerFor(a).memories.create({ title: "Lake", happenedOn: "2020-07-01" });
    await signedInAs(a);
    const saved = await upload(memory.id, PNG);
    expect(saved.status).toBe(200);

    await signedInAs(b);
    const served = await GET(new Request("http://localhost:3000/x"), params(memory.id));
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(served.headers.get("cache-control")).toMatch(/^private/);
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(PNG);
  });

  it("refuses a file whose bytes are not a photo, even when it claims to be one", async () => {
    const { a } = await makeCouple();
    const memory = await callerFor(a).memories.create({ title: "Lake", happenedOn: "2020-07-01" });
    await signedInAs(a);
    const response = await upload(memory.id, new TextEncoder().encode("<svg onload=alert(1)>"), undefined, "image/png");
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ message: "Please choose a JPEG, PNG or WebP photo.", field: "photo" });
  });

  it("refuses an upload from another site", async () => {
    const { a } = await makeCouple();
    const memory = await callerFor(a).memories.create({ title: "Lake", happenedOn: "2020-07-01" });
    await signedInAs(a);
    expect((await upload(memory.id, PNG, "https://evil.example")).status).toBe(403);
  });

  it("refuses an upload from a sandboxed frame (Origin: null) or with no Origin at all, and keeps no photo", async () => {
    const { a } = await makeCouple();
    const memory = await callerFor(a).memories.create({ title: "Lake", happenedOn: "2020-07-01" });
    await signedInAs(a);
    for (const origin of ["null", null]) {
      const refused = await upload(memory.id, PNG, origin);
      expect(refused.status).toBe(403);
      expect(refused.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
    }
    expect((await GET(new Request("http://localhost:3000/x"), params(memory.id))).status).toBe(404);
  });

  it("serves nothing to someone signed out or outside the couple", async () => {
    const [mine, other] = await Promise.all([makeCouple(), makeCouple(["Dana", "Eli"])]);
    const memory = await callerFor(mine.a).memories.create({ title: "Lake", happenedOn: "2020-07-01" });
    await signedInAs(mine.a);
    await upload(memory.id, PNG);

    await signedInAs(null);
    expect((await GET(new Request("http://localhost:3000/x"), params(memory.id))).status).toBe(401);
    expect((await upload(memory.id, PNG)).status).toBe(401);

    await signedInAs(other.a);
    const response = await GET(new Request("http://localhost:3000/x"), params(memory.id));
    expect(response.status).toBe(404);
    expect((await upload(memory.id, PNG)).status).toBe(404);
    expect((await GET(new Request("http://localhost:3000/x"), params("not-a-uuid"))).status).toBe(404);
  });
});
