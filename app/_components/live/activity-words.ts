import { countOf } from "@/lib/plural";
import type { LiveTopic } from "@/server/live/topics";

export type TopicCount = { topic: string; count: number };

/** Where each feature's news is, and what to call it. A topic not here is "other updates". */
const places: Partial<Record<LiveTopic, { label: string; href: string }>> = {
  readiness: { label: "Talk readiness", href: "/dashboard" },
  vents: { label: "Vents", href: "/vents" },
  forgiveness: { label: "Forgiveness", href: "/forgiveness" },
  responsibilities: { label: "Responsibilities", href: "/responsibilities" },
  changes: { label: "Small changes", href: "/responsibilities?tab=changes" },
  dates: { label: "Dates", href: "/dates" },
  memories: { label: "Memories", href: "/memories" },
  timeline: { label: "Timeline", href: "/timeline" },
};

export type NewsLine = { key: string; text: string; href: string };

/**
 * The partner's news since I last looked, one line per place, most first: what the shell's
 * "N new" opens to. "Robin joined" is its own line; the rest count updates where they are.
 */
export function newsLines(topics: readonly TopicCount[], partnerName: string): NewsLine[] {
  const lines: NewsLine[] = [];
  let other = 0;
  for (const { topic, count } of topics) {
    if (topic === ("couple" satisfies LiveTopic)) {
      lines.push({ key: topic, text: `${partnerName} joined your space`, href: "/dashboard" });
      continue;
    }
    const place = Object.hasOwn(places, topic) ? places[topic as LiveTopic] : undefined;
    if (!place) {
      other += count;
      continue;
    }
    lines.push({ key: topic, text: `${place.label}: ${countOf(count, "update")}`, href: place.href });
  }
  if (other > 0) lines.push({ key: "other", text: `Elsewhere: ${countOf(other, "update")}`, href: "/dashboard" });
  return lines;
}
