import { Check, Flame, MessageCircleHeart, Sprout } from "lucide-react";
import { ActionForm } from "@/app/_components/actions/action-form";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { countOf } from "@/lib/plural";
import { checkOffSmallChange, undoSmallChangeCheckOff } from "./actions";
import { streakWords } from "./cadence";
import type { SmallChangeItem } from "./item-types";
import { EncourageForm, StartSmallChange, StopTracking } from "./small-change-controls";
import { WeekStrip } from "./week-strip";

const DAILY = { kind: "daily" } as const;

/** The small changes tab, rendered on the server: the forms and the stop button are its only client code. */
export function SmallChangesPanel({ items, partnerName }: { items: SmallChangeItem[]; partnerName: string | null }) {
  const mine = items.filter((c) => c.owner.isMe && !c.stopped);
  const theirs = items.filter((c) => !c.owner.isMe && !c.stopped);
  const stopped = items.filter((c) => c.stopped);
  const other = partnerName ?? "your partner";

  return (
    <div className="grid gap-6">
      <p className="text-sm leading-relaxed text-muted-foreground">
        Habits you take on for yourself, one day at a time. No agreement needed; {other} can see them and cheer you on.
      </p>
      <StartSmallChange partnerName={other} />

      <section aria-labelledby="my-changes" className="grid gap-3">
        <h2 id="my-changes" className="font-serif text-xl">
          Yours
        </h2>
        {mine.length === 0 ? (
          <EmptyState
            icon={Sprout}
            title="Start small"
            description="“No phone at dinner.” “Say where I'm going.” One steady habit is enough."
          />
        ) : (
          mine.map((change) => <SmallChangeCard key={change.id} change={change} partnerName={other} />)
        )}
      </section>

      {partnerName && (
        <section aria-labelledby="partner-changes" className="grid gap-3">
          <h2 id="partner-changes" className="font-serif text-xl">
            {partnerName}&rsquo;s
          </h2>
          {theirs.length === 0 ? (
            <p className="rounded-lg bg-muted px-4 py-6 text-center text-sm text-muted-foreground">
              {partnerName} hasn&rsquo;t started a small change yet.
            </p>
          ) : (
            theirs.map((change) => <SmallChangeCard key={change.id} change={change} partnerName={other} />)
          )}
        </section>
      )}

      {stopped.length > 0 && (
        <details className="rounded-xl border border-border bg-card p-4">
          <summary className="cursor-pointer text-sm font-medium">Stopped ({stopped.length})</summary>
          <ul className="mt-3 grid gap-2 text-sm">
            {stopped.map((change) => (
              <li key={change.id}>
                {change.title} · {change.owner.isMe ? "you" : change.owner.name}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function SmallChangeCard({ change, partnerName }: { change: SmallChangeItem; partnerName: string }) {
  const { progress } = change;

  return (
    <Card id={`change-${change.id}`} data-testid="small-change" className="scroll-mt-24">
      <CardHeader>
        {progress.streak > 0 && (
          <Badge tone="gold" className="justify-self-start" data-testid="streak">
            <Flame aria-hidden /> {streakWords(progress.streak, DAILY)}
          </Badge>
        )}
        <CardTitle>{change.title}</CardTitle>
        <CardDescription>
          {change.owner.isMe ? "Yours" : change.owner.name} · every day ·{" "}
          {progress.keptRate.due > 0
            ? `kept ${progress.keptRate.kept} of ${countOf(progress.keptRate.due, "day")} this month`
            : "starting this month"}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {change.details && <p className="text-sm leading-relaxed whitespace-pre-line">{change.details}</p>}
        {change.owner.isMe ? (
          <>
            {!progress.keptNow && (
              <ActionForm action={checkOffSmallChange.bind(null, { id: change.id })} className="justify-self-start">
                <Button type="submit" variant="gold">
                  <Check aria-hidden /> Kept today
                </Button>
              </ActionForm>
            )}
            <WeekStrip
              label={`Check off “${change.title}”`}
              days={progress.window}
              today={change.today}
              toggle={(day, checked) =>
                checked
                  ? undoSmallChangeCheckOff.bind(null, { id: change.id, day })
                  : checkOffSmallChange.bind(null, { id: change.id, day })
              }
            />
          </>
        ) : (
          <WeekStrip label={`${change.owner.name}'s week`} days={progress.window} today={change.today} />
        )}

        {change.encouragements.length > 0 && (
          <ul className="grid gap-2" aria-label="Encouragement">
            {change.encouragements.map((note) => (
              <li key={note.id} className="flex gap-2 rounded-lg bg-gold-soft px-3 py-2 text-sm text-gold-foreground">
                <MessageCircleHeart aria-hidden className="mt-0.5 size-4 shrink-0" />
                <span>
                  <span className="font-medium">{note.fromMe ? "You" : note.fromName}:</span> {note.message}
                </span>
              </li>
            ))}
          </ul>
        )}

        {change.owner.isMe ? (
          <StopTracking id={change.id} partnerName={partnerName} />
        ) : (
          <EncourageForm changeId={change.id} ownerName={change.owner.name} />
        )}
      </CardContent>
    </Card>
  );
}
