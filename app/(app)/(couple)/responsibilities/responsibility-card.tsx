import { Check, Flame, HeartHandshake, Hourglass } from "lucide-react";
import { ActionForm } from "@/app/_components/actions/action-form";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import {
  acknowledgeCheckOff,
  answerChange,
  checkOffResponsibility,
  requestChange,
  undoResponsibilityCheckOff,
} from "./actions";
import { describeCadence, longDay, streakWords } from "./cadence";
import type { ResponsibilityItem } from "./item-types";
import { AnswerProposal } from "./responsibility-controls";
import { WeekStrip } from "./week-strip";

const statusLabel: Record<ResponsibilityItem["status"], string> = {
  proposed: "Proposed",
  agreed: "Agreed",
  paused: "Paused",
  declined: "Declined",
  retired: "Retired",
};

const changeVerb = { pause: "pause", resume: "resume", retire: "retire" } as const;

/**
 * One shared duty, rendered on the server: its buttons are forms whose server actions answer
 * with the lists rendered again; only answering a proposal (a form of its own to open) is a
 * client component.
 */
export function ResponsibilityCard({ item, partnerName }: { item: ResponsibilityItem; partnerName: string }) {
  const ownerLabel = item.owner.isMe ? "You" : item.owner.name;
  const progress = item.progress;
  const counting = item.status === "agreed" || item.status === "paused";

  return (
    <Card id={`responsibility-${item.id}`} data-testid="responsibility" className="scroll-mt-24">
      <CardHeader>
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone={item.status === "agreed" ? "gold" : item.status === "paused" ? "space" : "outline"}>
            {statusLabel[item.status]}
          </Badge>
          {progress && progress.streak > 0 && counting && (
            <Badge tone="gold" data-testid="streak">
              <Flame aria-hidden /> {streakWords(progress.streak, item.cadence)}
            </Badge>
          )}
        </div>
        <CardTitle>{item.title}</CardTitle>
        <CardDescription>
          {ownerLabel} · {describeCadence(item.cadence)}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {item.details && <p className="text-sm leading-relaxed whitespace-pre-line">{item.details}</p>}

        {item.status === "proposed" && item.previousTerms && (
          <div className="grid gap-1 rounded-lg bg-muted px-3 py-2 text-sm">
            <p className="font-medium">
              {item.proposedByMe ? "You suggested a change" : `${partnerName} suggested a change`}
            </p>
            <p className="text-muted-foreground">
              Before: “{item.previousTerms.title}”,{" "}
              {item.previousTerms.owner.isMe ? "you" : item.previousTerms.owner.name},{" "}
              {describeCadence(item.previousTerms.cadence).toLowerCase()}
            </p>
            {item.changeNote && <p className="whitespace-pre-line">“{item.changeNote}”</p>}
          </div>
        )}

        {item.awaitingMyAnswer && (
          <AnswerProposal
            id={item.id}
            partnerName={partnerName}
            terms={{
              title: item.title,
              details: item.details,
              owner: item.owner.isMe ? "me" : "partner",
              cadence: { kind: item.cadence.kind, days: item.cadence.kind === "weekdays" ? item.cadence.days : [] },
            }}
          />
        )}

        {item.status === "proposed" && item.proposedByMe && (
          <p className="flex items-center gap-2 text-sm text-muted-foreground">
            <Hourglass aria-hidden className="size-4" /> Waiting for {partnerName} to answer.
          </p>
        )}

        {counting && progress && (
          <>
            <p className="text-sm text-muted-foreground" data-testid="kept-rate">
              {progress.keptRate.due === 0
                ? "Nothing was due yet in the last 30 days."
                : `Kept ${progress.keptRate.kept} of ${progress.keptRate.due} in the last 30 days.`}
            </p>
            {item.owner.isMe && item.status === "agreed" && (
              <div className="grid gap-3">
                {progress.dueNow && !progress.keptNow && (
                  <ActionForm
                    action={checkOffResponsibility.bind(null, { id: item.id })}
                    className="justify-self-start"
                  >
                    <Button type="submit" variant="gold">
                      <Check aria-hidden /> {item.cadence.kind === "weekly" ? "Done this week" : "Done today"}
                    </Button>
                  </ActionForm>
                )}
                <WeekStrip
                  label={`Check off “${item.title}”`}
                  days={progress.window}
                  today={item.today}
                  toggle={(day, checked) =>
                    checked
                      ? undoResponsibilityCheckOff.bind(null, { id: item.id, day })
                      : checkOffResponsibility.bind(null, { id: item.id, day })
                  }
                />
              </div>
            )}
            {!item.owner.isMe && (
              <WeekStrip label={`${item.owner.name}'s week`} days={progress.window} today={item.today} />
            )}
            {!item.owner.isMe && item.recentCheckOffs.length > 0 && (
              <ul className="grid gap-2" aria-label="This week's check-offs">
                {item.recentCheckOffs.map((checkOff) => (
                  <li key={checkOff.id} className="flex flex-wrap items-center gap-2 text-sm">
                    <span className="flex-1">
                      {item.owner.name} did this on {longDay(checkOff.day)}
                    </span>
                    {checkOff.acknowledged ? (
                      <span className="flex items-center gap-1 text-muted-foreground">
                        <HeartHandshake aria-hidden className="size-4" /> You noticed
                      </span>
                    ) : (
                      <ActionForm action={acknowledgeCheckOff.bind(null, { checkOffId: checkOff.id })}>
                        <Button type="submit" size="sm" variant="secondary">
                          I noticed — thank you
                        </Button>
                      </ActionForm>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {item.owner.isMe && item.recentCheckOffs.some((c) => c.acknowledged) && (
              <p className="flex items-center gap-2 text-sm text-gold-foreground">
                <HeartHandshake aria-hidden className="size-4" /> {partnerName} noticed and said thank you.
              </p>
            )}
          </>
        )}

        {counting &&
          (item.pendingChange ? (
            <div className="grid gap-2 rounded-lg bg-muted px-3 py-2 text-sm">
              {item.pendingChange.requestedByMe ? (
                <>
                  <p>
                    You asked to {changeVerb[item.pendingChange.kind]} this. Waiting for {partnerName}.
                  </p>
                  <ActionForm
                    action={answerChange.bind(null, { id: item.id, confirm: false })}
                    className="justify-self-start"
                  >
                    <Button type="submit" size="sm" variant="ghost">
                      Withdraw the request
                    </Button>
                  </ActionForm>
                </>
              ) : (
                <>
                  <p>
                    {partnerName} asks to {changeVerb[item.pendingChange.kind]} this.
                  </p>
                  <div className="flex flex-wrap gap-2">
                    <ActionForm action={answerChange.bind(null, { id: item.id, confirm: true })}>
                      <Button type="submit" size="sm">
                        Yes, {changeVerb[item.pendingChange.kind]} it
                      </Button>
                    </ActionForm>
                    <ActionForm action={answerChange.bind(null, { id: item.id, confirm: false })}>
                      <Button type="submit" size="sm" variant="ghost">
                        Keep it as it is
                      </Button>
                    </ActionForm>
                  </div>
                </>
              )}
            </div>
          ) : (
            <div className="flex flex-wrap gap-2">
              <ActionForm
                action={requestChange.bind(null, { id: item.id, kind: item.status === "agreed" ? "pause" : "resume" })}
              >
                <Button type="submit" size="sm" variant="ghost">
                  {item.status === "agreed" ? "Ask to pause" : "Ask to resume"}
                </Button>
              </ActionForm>
              <ActionForm action={requestChange.bind(null, { id: item.id, kind: "retire" })}>
                <Button type="submit" size="sm" variant="ghost">
                  Ask to retire
                </Button>
              </ActionForm>
            </div>
          ))}
      </CardContent>
    </Card>
  );
}
