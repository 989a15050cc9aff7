import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RenderQueue } from "./render-queue";

/** A server that renders each view as "name@n", n counting its renderings, and answers when told. */
function slowServer() {
  const calls: string[][] = [];
  const answers: Array<() => void> = [];
  let renderings = 0;
  const render = (views: { name: string; params: Record<string, string> }[]) => {
    const names = views.map((view) =>
      Object.keys(view.params).length ? `${view.name}?${new URLSearchParams(view.params)}` : view.name,
    );
    calls.push(names);
    return new Promise<Record<string, string>>((resolve, reject) => {
      renderings += 1;
      const n = renderings;
      answers.push(() =>
        names.includes("broken")
          ? reject(new Error("down"))
          : resolve(Object.fromEntries(views.map((view, i) => [view.name, `${names[i]}@${n}`]))),
      );
    });
  };
  return { calls, render, answer: () => answers.shift()?.() };
}

describe("RenderQueue", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("renders the views asked for together in one request", async () => {
    const server = slowServer();
    let tickets = 0;
    const queue = new RenderQueue(server.render, 16, () => ++tickets);
    const dashboard = queue.request("dashboard");
    const status = queue.request("partnerStatus");
    const again = queue.request("dashboard");
    await vi.advanceTimersByTimeAsync(16);
    expect(server.calls).toEqual([["dashboard", "partnerStatus"]]);
    server.answer();
    expect(await dashboard).toEqual({ ticket: 1, node: "dashboard@1" });
    expect(await status).toEqual({ ticket: 1, node: "partnerStatus@1" });
    expect(await again).toEqual({ ticket: 1, node: "dashboard@1" });
  });

  it("sends one request at a time: views asked for meanwhile go together right after", async () => {
    const server = slowServer();
    let tickets = 0;
    const queue = new RenderQueue(server.render, 16, () => ++tickets);
    const first = queue.request("dashboard");
    await vi.advanceTimersByTimeAsync(16);
    const second = queue.request("dashboard");
    const third = queue.request("activity");
    await vi.advanceTimersByTimeAsync(100);
    expect(server.calls).toEqual([["dashboard"]]);
    server.answer();
    expect(await first).toEqual({ ticket: 1, node: "dashboard@1" });
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls).toEqual([["dashboard"], ["dashboard", "activity"]]);
    server.answer();
    expect(await second).toEqual({ ticket: 2, node: "dashboard@2" });
    expect(await third).toEqual({ ticket: 2, node: "activity@2" });
  });

  it("a request that fails fails its own views only, and the next one goes", async () => {
    const server = slowServer();
    const queue = new RenderQueue(server.render, 16);
    const failed = queue.request("broken");
    await vi.advanceTimersByTimeAsync(16);
    const later = queue.request("dashboard");
    server.answer();
    await expect(failed).rejects.toThrow("down");
    await vi.advanceTimersByTimeAsync(16);
    server.answer();
    expect((await later).node).toBe("dashboard@2");
  });

  it("renders a view with the params it last asked with", async () => {
    const server = slowServer();
    const queue = new RenderQueue(server.render, 16);
    void queue.request("vents", { pages: "1" });
    const later = queue.request("vents", { pages: "2" });
    await vi.advanceTimersByTimeAsync(16);
    expect(server.calls).toEqual([["vents?pages=2"]]);
    server.answer();
    expect((await later).node).toBe("vents?pages=2@1");
  });

  it("leaves out a view that went from the page before its request was sent", async () => {
    const server = slowServer();
    const queue = new RenderQueue(server.render, 16);
    const gone = queue.request("dashboard");
    const status = queue.request("partnerStatus");
    queue.forget("dashboard");
    await vi.advanceTimersByTimeAsync(16);
    expect(server.calls).toEqual([["partnerStatus"]]);
    server.answer();
    expect((await gone).node).toBeUndefined();
    expect((await status).node).toBe("partnerStatus@1");
  });

  it("sends nothing when every view that asked has gone", async () => {
    const server = slowServer();
    const queue = new RenderQueue(server.render, 16);
    const gone = queue.request("dashboard");
    queue.forget("dashboard");
    await vi.advanceTimersByTimeAsync(16);
    expect(server.calls).toEqual([]);
    expect((await gone).node).toBeUndefined();
  });

  it("a view the server left out comes back as not rendered", async () => {
    const queue = new RenderQueue<string, string>(async () => ({}), 16);
    const missing = queue.request("dashboard");
    await vi.advanceTimersByTimeAsync(16);
    expect((await missing).node).toBeUndefined();
  });
});
