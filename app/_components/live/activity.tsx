import Link from "next/link";
import { ChevronRight } from "lucide-react";
import { cn } from "@/lib/cn";
import { ActivityPopover } from "./activity-popover";
import { AwayFromDashboard } from "./away-from-dashboard";
import { newsLines, type TopicCount } from "./activity-words";

export type Unread = { count: number; more: boolean; topics: TopicCount[] };

const LIST_ID = "unread-activity-list";

/**
 * How much the partner did since I last looked, for the shell: a quiet gold pill, never a
 * red badge, and nothing at all when there is nothing new. Rendered on the server, and again
 * on each of the partner's acts (shell-views.tsx). Tapping it shows what changed and where,
 * each line a link there; looking at the dashboard is what marks it seen, so it is never
 * shown there.
 */
export function UnreadActivity({ unread, partnerName }: { unread: Unread; partnerName: string }) {
  if (unread.count === 0) return null;
  const shown = unread.more ? `${unread.count}+` : String(unread.count);
  const lines = newsLines(unread.topics, partnerName);
  // The browser's own popover: it opens and closes from the button, closes on Escape or a tap
  // outside, and tells screen readers it is expanded, with no positioning library to ship.
  return (
    <AwayFromDashboard>
      <button
        type="button"
        popoverTarget={LIST_ID}
        data-testid="unread-activity"
        aria-label={`${shown} new from ${partnerName} since you last looked`}
        className={cn(
          "inline-flex h-7 shrink-0 items-center rounded-full border border-gold/40 bg-gold-soft px-2.5 text-xs font-medium text-gold-foreground",
          "hover:bg-gold-soft/70 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
        )}
      >
        {shown}
        {/* The word goes on phones, where the partner's name needs the room. */}
        <span className="hidden sm:inline">&nbsp;new</span>
      </button>
      <ActivityPopover
        id={LIST_ID}
        // Just under the header, from its start; `grid` only while open, or it would show the closed popover.
        className="fixed inset-auto top-[4.25rem] left-3 m-0 w-72 max-w-[calc(100vw-1.5rem)] gap-2 rounded-lg border border-border bg-card p-4 text-sm text-foreground shadow-lg open:grid md:left-[18rem]"
      >
        <p className="font-medium">New from {partnerName} since you last looked</p>
        <ul className="grid gap-1">
          {lines.map((line) => (
            <li key={line.key}>
              <Link
                href={line.href}
                className="flex items-center justify-between gap-3 rounded-md px-2 py-1.5 hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring"
              >
                {line.text}
                <ChevronRight aria-hidden className="size-4 shrink-0 text-muted-foreground" />
              </Link>
            </li>
          ))}
        </ul>
        <p className="text-xs text-muted-foreground">It clears when you look at the dashboard.</p>
      </ActivityPopover>
    </AwayFromDashboard>
  );
}
