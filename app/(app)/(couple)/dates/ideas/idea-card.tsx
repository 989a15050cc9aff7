import Link from "next/link";
import { Heart } from "lucide-react";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { cn } from "@/lib/cn";
import { categoryLabels } from "@/server/domain/date-kinds";
import type { Idea } from "../format";
import { IdeaAnswers, RemoveIdea } from "./idea-controls";
import type { IdeasFilter } from "./ideas-address";

function partnerLine(idea: Idea, partnerName: string) {
  if (!idea.partnerHasReacted) return `${partnerName} hasn't answered yet.`;
  if (!idea.myReaction) return `${partnerName} has answered. You'll see what they said once you answer too.`;
  return `${partnerName} said ${idea.partnerReaction}.`;
}

/** One idea, rendered on the server; only the answer buttons and "Remove" run in the browser. */
export function IdeaCard({ idea, partnerName, filter }: { idea: Idea; partnerName: string; filter: IdeasFilter }) {
  return (
    <li
      id={`idea-${idea.id}`}
      data-testid={`idea-${idea.id}`}
      className={cn("grid gap-3 rounded-lg border bg-card p-4", idea.isMatch ? "border-gold" : "border-border")}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="grid gap-1">
          <h3 className="font-medium">{idea.title}</h3>
          {idea.description && <p className="text-sm leading-relaxed text-muted-foreground">{idea.description}</p>}
        </div>
        <div className="flex flex-wrap gap-1.5">
          {idea.isMatch && (
            <Badge tone="gold">
              <Heart aria-hidden />
              It&apos;s a match
            </Badge>
          )}
          <Badge tone="outline">{categoryLabels[idea.category]}</Badge>
          {idea.addedBy !== "catalogue" && (
            <Badge tone="neutral">{idea.addedBy === "me" ? "Your idea" : `${partnerName}'s idea`}</Badge>
          )}
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-2" role="group" aria-label={`Your answer to “${idea.title}”`}>
        <IdeaAnswers
          ideaId={idea.id}
          title={idea.title}
          answered={idea.myReaction}
          wasMatch={idea.isMatch}
          partnerName={partnerName}
          filter={filter}
        />
        {idea.addedBy === "me" && <RemoveIdea ideaId={idea.id} filter={filter} />}
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-muted-foreground" data-testid="partner-answer">
          {partnerLine(idea, partnerName)}
        </p>
        {idea.isMatch && (
          <Button asChild size="sm">
            <Link href={`/dates/new?idea=${encodeURIComponent(idea.id)}`}>Plan it</Link>
          </Button>
        )}
      </div>
    </li>
  );
}
