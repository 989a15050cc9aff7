import type { Executor } from "@/db/client";
import { describeCadence } from "@/app/(app)/(couple)/responsibilities/cadence";
import { longDate } from "@/lib/date-words";
import { sharedCheckInsOf } from "../check-ins/service";
import { listPlans } from "../dates/reading";
import { measures } from "../domain/check-in-trends";
import { phaseGuides } from "../phases/phases";
import { phaseOf } from "../phases/service";
import { localDateOf } from "../domain/zoned-time";
import { listResponsibilities } from "../responsibilities/service";
import { listTimeline } from "../timeline/service";
import type { PartneredViewer } from "../viewer";

/** The couple as the share reads it: the same space from each partner's side. */
export type BothSides = readonly [PartneredViewer, PartneredViewer];

/** What a section shows a counsellor: plain lines of text, nothing to act on. */
export type ShareLine = { primary: string; secondary: string };
export type SectionView = { lines: ShareLine[]; empty: string; note?: string };

type ShareSection = {
  label: string;
  /** What ticking it shares, said to the partners before they agree. */
  description: string;
  /**
   * Reads through the feature's own service, and returns only what BOTH partners may see:
   * anything hidden from either (a surprise before its reveal, a draft) never comes back.
   */
  read: (db: Executor, sides: BothSides, now: Date) => Promise<SectionView>;
};

const TIMELINE_LIMIT = 100;
const KEPT_DATES_LIMIT = 50;

/**
 * Every section a share can carry. Adding one is one entry here: its label, what it shares,
 * and a reader built on that feature's service. Notes, reflections, vents, drafts and
 * requests are left out on purpose, not for want of a section.
 */
export const shareSections = {
  timeline: {
    label: "Timeline",
    description:
      "The milestones of your journey, the ones you added and the ones recorded along the way (a date kept, a streak), and the day each fell on: their names only, not their notes.",
    async read(db, [side], now) {
      const { items } = await listTimeline(db, side, { limit: TIMELINE_LIMIT }, now);
      return {
        lines: items.map((item) => ({
          primary: item.title,
          secondary: item.day === null ? longDate(item.occurredOn) : `${longDate(item.occurredOn)} · day ${item.day}`,
        })),
        empty: "No milestones yet.",
        note: items.length === TIMELINE_LIMIT ? `The latest ${TIMELINE_LIMIT}.` : undefined,
      };
    },
  },
  responsibilities: {
    label: "Responsibilities",
    description:
      "The responsibilities you both agreed to, who owns each, and how often each was kept in the last 30 days.",
    async read(db, [side], now) {
      const all = await listResponsibilities(db, side, now);
      const counted = all.filter((item) => (item.status === "agreed" || item.status === "paused") && item.progress);
      return {
        lines: counted.map((item) => {
          const { kept, due } = item.progress!.keptRate;
          const rate = due === 0 ? "nothing due in the last 30 days" : `kept ${kept} of ${due} in the last 30 days`;
          return {
            primary: item.title,
            secondary: [
              item.owner.name,
              describeCadence(item.cadence),
              rate,
              ...(item.status === "paused" ? ["paused"] : []),
            ].join(" · "),
          };
        }),
        empty: "No agreed responsibilities yet.",
      };
    },
  },
  datesKept: {
    label: "Dates kept",
    description: "The dates you marked as kept: their names and days (not their places, notes or reflections).",
    async read(db, sides, now) {
      const [mine, theirs] = await Promise.all(
        sides.map((side) => listPlans(db, side, { when: "past", limit: KEPT_DATES_LIMIT }, now)),
      );
      const seenByBoth = new Set(theirs!.plans.filter((plan) => plan.kind === "plan").map((plan) => plan.id));
      const kept = mine!.plans.flatMap((plan) =>
        plan.kind === "plan" && plan.status === "done" && seenByBoth.has(plan.id) ? [plan] : [],
      );
      return {
        lines: kept.map((plan) => ({
          primary: plan.title,
          secondary: longDate(localDateOf(plan.startsAt, plan.timeZone)),
        })),
        empty: "No dates kept yet.",
        note: mine!.nextCursor ? `From the latest ${KEPT_DATES_LIMIT} past dates.` : undefined,
      };
    },
  },
  phase: {
    label: "Pace",
    description: "Which phase of the repair you are in together (atone, attune or attach), and since when.",
    async read(db, [side]) {
      const { phase, since } = await phaseOf(db, side.couple.id);
      const guide = phaseGuides[phase];
      return {
        lines: [
          {
            primary: guide.name,
            secondary: since
              ? `${guide.summary} Since ${longDate(localDateOf(since, side.me.timeZone))}.`
              : guide.summary,
          },
        ],
        empty: "",
      };
    },
  },
  checkInDirections: {
    label: "Check-in directions",
    description:
      "For each of you, only what you already share with each other: whether safety, trust and connection are rising, steady or falling. Never the numbers, the days or the notes.",
    async read(db, sides, now) {
      const lines: ShareLine[] = [];
      for (const side of sides) {
        // What each person already shares with their partner decides what the counsellor sees of them.
        const shared = await sharedCheckInsOf(db, { coupleId: side.couple.id, person: side.me }, now);
        if (shared.level === "nothing") continue;
        const words = measures.map(
          (measure) => `${measure}: ${shared.directions[measure] ?? "not enough to read yet"}`,
        );
        lines.push({ primary: side.me.name, secondary: words.join(" · ") });
      }
      return { lines, empty: "Neither of you shares your check-ins with each other." };
    },
  },
} satisfies Record<string, ShareSection>;

export type ShareSectionKey = keyof typeof shareSections;
export const shareSectionKeys = Object.keys(shareSections) as [ShareSectionKey, ...ShareSectionKey[]];

/** The sections as the partners choose them: key, label and what each shares. */
export function sectionChoices() {
  return shareSectionKeys.map((key) => ({
    key,
    label: shareSections[key].label,
    description: shareSections[key].description,
  }));
}
