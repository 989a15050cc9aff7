// Live updates: from one partner's mutation to the other's subscription hearing of it.
import { percentile, trpc, trpcUrl } from "@/scripts/http-session";
import type { Couple } from "./seed";
import { BASE } from "./servers";

/** From A's mutation being sent to B's subscription hearing of it, over server-sent events. */
export async function liveLatency(couple: Couple, events = 200) {
  const controller = new AbortController();
  const response = await fetch(trpcUrl(BASE, "live.events"), {
    headers: { cookie: couple.b.cookie, accept: "text/event-stream" },
    signal: controller.signal,
  });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  const nextEvent = async () => {
    for (;;) {
      const line = buffer
        .split("\n")
        .find((candidate) => candidate.startsWith("data:") && candidate.includes("readiness"));
      if (line) {
        buffer = buffer.slice(buffer.indexOf(line) + line.length);
        return;
      }
      const { value, done } = await reader.read();
      if (done) throw new Error("the event stream closed");
      buffer += value;
    }
  };
  const latencies: number[] = [];
  const states = ["open_to_talk", "need_space", "need_to_vent"];
  await new Promise((resolve) => setTimeout(resolve, 500));
  for (let i = 0; i < events; i++) {
    const started = performance.now();
    // Together, so a stream that closes fails the run instead of escaping as an unhandled rejection.
    await Promise.all([nextEvent(), trpc(BASE, "readiness.set", { state: states[i % 3] }, couple.a.cookie, "POST")]);
    latencies.push(performance.now() - started);
  }
  controller.abort();
  return percentile(
    latencies.sort((x, y) => x - y),
    95,
  );
}
