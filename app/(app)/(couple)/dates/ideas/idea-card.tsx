"use client";

import Link from "next/link";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Check, Heart, Trash2 } from "lucide-react";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { toast } from "@/app/_components/ui/toast";
import { cn } from "@/lib/cn";
import { useTRPC } from "@/lib/trpc";
import { categoryLabels, type IdeaReaction } from "@/server/domain/date-kinds";
import type { Idea } from "../format";

const reactionLabels: Record<IdeaReaction, string> = { yes: "Yes", maybe: "Maybe", no: "No" };

function partnerLine(idea: Idea, partnerName: string) {
  if (!idea.partnerHasReacted) return `${partnerName} hasn't answered yet.`;
  if (!idea.myReaction) return `${partnerName} has answered. You'll see what they said once you answer too.`;
  return `${partnerName} said ${idea.partnerReaction}.`;
}

export function IdeaCard({ idea, partnerName }: { idea: Idea; partnerName: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.dates.pathKey() });
  const react = useMutation(
    trpc.dates.react.mutationOptions({
      onSuccess: (updated) => {
        if (updated.isMatch && !idea.isMatch) toast.success(`It's a match! You and ${partnerName} both said yes.`);
        void refresh();
      },
      onError: (error) => toast.error(error),
    }),
  );
  const remove = useMutation(
    trpc.dates.removeIdea.mutationOptions({
      onSuccess: () => {
        toast.success("Idea removed.");
        void refresh();
      },
      onError: (error) => toast.error(error),
    }),
  );
  const shown = react.isPending && react.variables ? react.variables.reaction : idea.myReaction;

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
        {(["yes", "maybe", "no"] as const).map((reaction) => (
          // The chosen answer is filled and ticked, not only tinted: it reads without colour too.
          <Button
            key={reaction}
            size="sm"
            variant={shown === reaction ? "primary" : "outline"}
            aria-pressed={shown === reaction}
            disabled={react.isPending}
            onClick={() => react.mutate({ ideaId: idea.id, reaction })}
            data-testid={`answer-${reaction}`}
          >
            {shown === reaction && <Check aria-hidden />}
            {reactionLabels[reaction]}
          </Button>
        ))}
        <span className="sr-only" role="status" data-testid="answer-status">
          {react.isSuccess && shown ? `You said ${reactionLabels[shown].toLowerCase()} to “${idea.title}”.` : ""}
        </span>
        {idea.addedBy === "me" && (
          <Button
            size="sm"
            variant="ghost"
            onClick={() => remove.mutate({ ideaId: idea.id })}
            disabled={remove.isPending}
          >
            <Trash2 aria-hidden />
            Remove
          </Button>
        )}
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
