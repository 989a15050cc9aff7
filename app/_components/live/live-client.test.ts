import { initTRPC, TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { appInstant } from "@/server/input-bounds";
import { liveEventsUrl, readStreamMessage } from "./live-client";

/*
 * The live client reads tRPC's event stream by hand: these run the installed tRPC's own
 * server with the app's transformer and stream options, so a change in what it sends fails here.
 */
const t = initTRPC.create({
  transformer: superjson,
  sse: { ping: { enabled: true, intervalMs: 15_000 }, client: { reconnectAfterInactivityMs: 45_000 } },
});
const router = t.router({
  live: t.router({
    events: t.procedure.input(z.object({ renderedAt: appInstant() }).nullish()).subscription(async function* ({
      input,
    }) {
      yield { topic: "readiness", byPartner: true, at: input?.renderedAt.toISOString() ?? "none" };
    }),
  }),
});
const refusing = t.router({
  live: t.router({
    events: t.procedure.subscription(() => {
      throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in again." });
    }),
  }),
});

/** The stream's messages as the browser's EventSource hands them over: type and data. */
async function streamOf(appRouter: typeof router | typeof refusing, url: string) {
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req: new Request(new URL(url, "http://localhost")),
    router: appRouter,
    createContext: () => ({}),
  });
  expect(response.headers.get("content-type")).toContain("text/event-stream");
  const messages: { type: string; data: string }[] = [];
  for (const block of (await response.text()).split("\n\n")) {
    const fields = block.split("\n").filter((line) => line && !line.startsWith(":"));
    if (!fields.length) continue;
    const value = (name: string) =>
      fields
        .filter((line) => line.startsWith(`${name}:`))
        .map((line) => line.slice(name.length + 1).replace(/^ /, ""))
        .join("\n");
    if (!fields.some((line) => line.startsWith("data:"))) continue;
    messages.push({ type: value("event") || "message", data: value("data") });
  }
  return messages.map((message) => readStreamMessage(message.type, message.data)).filter(Boolean);
}

describe("the live client's reading of tRPC's event stream", () => {
  it("sends the render time as the Date the subscription's input takes, and reads each event", async () => {
    const renderedAt = new Date("2026-12-01T13:30:00.000Z");
    expect(await streamOf(router, liveEventsUrl(renderedAt))).toEqual([
      { kind: "connected", reconnectAfterInactivityMs: 45_000 },
      { kind: "event", event: { topic: "readiness", byPartner: true, at: renderedAt.toISOString() } },
      { kind: "end" },
    ]);
  });

  it("opens without a render time too", async () => {
    expect(await streamOf(router, liveEventsUrl())).toContainEqual({
      kind: "event",
      event: { topic: "readiness", byPartner: true, at: "none" },
    });
  });

  it("reads the server's refusal with its code, so a signed-out tab stops asking", async () => {
    expect(await streamOf(refusing, liveEventsUrl())).toContainEqual({ kind: "error", code: "UNAUTHORIZED" });
  });
});
