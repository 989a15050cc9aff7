import { MutationCache, MutationObserver, QueryClient, QueryObserver } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LiveRefetches, noteChangeAnswered } from "./live-refetches";
import { routersAffectedBy } from "./topics";

/**
 * A tab's query client as the app builds it, with two queries on screen (the vents list and
 * the dashboard), each counting the fetches that reach the server.
 */
function tab() {
  const client = new QueryClient({
    mutationCache: new MutationCache({
      onSuccess: (_data, _variables, _context, _mutation, { client }) => noteChangeAnswered(client),
    }),
    defaultOptions: { queries: { staleTime: 15_000, retry: false } },
  });
  const fetches = { vents: 0, dashboard: 0 };
  const watch = (router: keyof typeof fetches) => {
    const observer = new QueryObserver(client, {
      queryKey: [[router, "get"], { type: "query" }],
      queryFn: async () => {
        fetches[router] += 1;
        await new Promise((resolve) => setTimeout(resolve, 5));
        return fetches[router];
      },
    });
    return observer.subscribe(() => {});
  };
  const unwatch = [watch("vents"), watch("dashboard")];
  const refetches = new LiveRefetches(client);
  return {
    client,
    fetches,
    refetches,
    hear: (event: { topic: string; byPartner: boolean }) =>
      refetches.schedule(routersAffectedBy(event), !event.byPartner),
    /** Writes a vent as the vents page does: the mutation's answer refetches the vents list. */
    writeVent: (beforeAnswer?: () => void) =>
      new MutationObserver(client, {
        mutationFn: async () => {
          beforeAnswer?.();
          await new Promise((resolve) => setTimeout(resolve, 20));
          return "written";
        },
        onSuccess: () => client.invalidateQueries({ queryKey: [["vents"]] }),
      }).mutate(),
    settled: () => vi.waitFor(() => expect(client.isFetching() + client.isMutating()).toBe(0)),
    close: () => {
      refetches.dispose();
      for (const stop of unwatch) stop();
      client.clear();
    },
  };
}

const tabs: ReturnType<typeof tab>[] = [];
function openTab() {
  const opened = tab();
  tabs.push(opened);
  return opened;
}
afterEach(() => {
  for (const opened of tabs.splice(0)) opened.close();
});

async function loaded() {
  const screen = openTab();
  await screen.settled();
  expect(screen.fetches).toEqual({ vents: 1, dashboard: 1 });
  return screen;
}

describe("refetching after live events", () => {
  it("fetches the vents list once for my own vent when its echo arrives after the answer", async () => {
    const screen = await loaded();
    await screen.writeVent();
    screen.hear({ topic: "vents", byPartner: false });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await screen.settled();
    // The mutation refetched the list; the echo only adds the dashboard, which it didn't.
    expect(screen.fetches).toEqual({ vents: 2, dashboard: 2 });
  });

  it("fetches the vents list once when the echo overtakes the answer", async () => {
    const screen = await loaded();
    await screen.writeVent(() => screen.hear({ topic: "vents", byPartner: false }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await screen.settled();
    expect(screen.fetches).toEqual({ vents: 2, dashboard: 2 });
  });

  it("refetches everything my change touched when I made it on another screen", async () => {
    const screen = await loaded();
    screen.hear({ topic: "vents", byPartner: false });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await screen.settled();
    expect(screen.fetches).toEqual({ vents: 2, dashboard: 2 });
  });

  it("refetches what the partner's act touched, even right after a change of mine", async () => {
    const screen = await loaded();
    await screen.writeVent();
    await screen.settled();
    screen.hear({ topic: "vents", byPartner: true });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await screen.settled();
    expect(screen.fetches).toEqual({ vents: 3, dashboard: 2 });
  });
});
