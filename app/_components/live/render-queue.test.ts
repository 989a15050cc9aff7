import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RenderQueue } from "./render-queue";

/** A server that renders each view as "name@n", n counting its renderings, and answers when told. */
function slowServer() {
  const calls: string[][] = [];
  const answers: Array<() => void> = [];
  let renderings = 0;
  const render = (names: string[]) => {
    calls.push(names);
    return new Promise<Record<string, string>>((resolve, reject) => {
      renderings += 1;
      const n = renderings;
      answers.push(() =>
        names.includes("broken")
          ? reject(new Error("down"))
          : resolve(Object.fromEntries(names.map((name) => [name, `${name}@${n}`]))),
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

  it("a view the server left out comes back as not rendered", async () => {
    const queue = new RenderQueue<string, string>(async () => ({}), 16);
    const missing = queue.request("dashboard");
    await vi.advanceTimersByTimeAsync(16);
    expect((await missing).node).toBeUndefined();
  });
});
