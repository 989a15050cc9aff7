import Link from "next/link";
import { Lightbulb, Sparkles } from "lucide-react";
import { BackLink } from "@/app/_components/ui/back-link";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { PageTitle } from "@/app/_components/ui/page-title";
import { categoryLabels, ideaCategories } from "@/server/domain/date-kinds";
import type { Idea } from "../format";
import { AddIdea, IdeasFilterChips } from "./idea-controls";
import { IdeaCard } from "./idea-card";
import type { IdeasFilter } from "./ideas-address";

/**
 * The idea bank, rendered on the server and again when either partner answers, adds or
 * removes an idea (the page's live view). Only the filter, the answers, adding and removing
 * are code in the browser.
 */
export function IdeasBody({
  ideas,
  filter,
  partnerName,
}: {
  ideas: Idea[];
  filter: IdeasFilter;
  partnerName: string | null;
}) {
  const other = partnerName ?? "Your partner";
  const matches = ideas.filter((idea) => idea.isMatch);
  const waiting = ideas.filter((idea) => idea.partnerHasReacted && !idea.myReaction);
  const shown =
    filter === "all"
      ? ideas
      : filter === "matches"
        ? matches
        : filter === "waiting"
          ? waiting
          : ideas.filter((idea) => idea.category === filter);

  const chips: { value: IdeasFilter; label: string }[] = [
    { value: "all", label: "All" },
    // What it counts: ideas the partner has answered and I haven't yet.
    { value: "waiting", label: `${other} answered, you haven't (${waiting.length})` },
    { value: "matches", label: `Matches (${matches.length})` },
    ...ideaCategories.map((category) => ({ value: category, label: categoryLabels[category] })),
  ];

  return (
    <div className="grid gap-6">
      <header className="grid gap-1">
        <BackLink href="/dates">Dates</BackLink>
        <PageTitle>Idea bank</PageTitle>
        <p className="text-sm leading-relaxed text-muted-foreground">
          Say yes, maybe or no to each idea. Your answer stays yours: you see {other}&apos;s only after giving your own.
          When you both say yes, it&apos;s a match.
        </p>
      </header>

      {partnerName && <AddIdea filter={filter} />}

      {matches.length > 0 && filter !== "matches" && (
        <section
          aria-labelledby="matches-heading"
          className="grid gap-2 rounded-lg border border-gold/50 bg-gold-soft/40 p-4"
        >
          <h2 id="matches-heading" className="flex items-center gap-2 font-medium">
            <Sparkles aria-hidden className="size-4 text-gold-foreground" />
            Your matches
          </h2>
          <ul className="grid gap-1" data-testid="matches">
            {matches.map((idea) => (
              <li key={idea.id} className="flex items-center justify-between gap-2">
                <span>{idea.title}</span>
                <Link
                  href={`/dates/new?idea=${encodeURIComponent(idea.id)}`}
                  className="text-sm font-medium text-gold-foreground underline-offset-4 hover:underline"
                >
                  Plan it
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <IdeasFilterChips chosen={filter} chips={chips} />

      {shown.length === 0 ? (
        <EmptyState
          icon={Lightbulb}
          title={
            filter === "matches" ? "No matches yet" : filter === "waiting" ? "You're all caught up" : "No ideas here"
          }
          description={
            filter === "matches"
              ? "When you both say yes to an idea, it shows up here."
              : "Try another filter, or add an idea of your own."
          }
        />
      ) : (
        <ul className="grid gap-3">
          {shown.map((idea) => (
            <IdeaCard key={idea.id} idea={idea} partnerName={other} filter={filter} />
          ))}
        </ul>
      )}
    </div>
  );
}
