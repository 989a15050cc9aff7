"use client";

import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { Check, Flame, HeartHandshake, Hourglass } from "lucide-react";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { toast } from "@/app/_components/ui/toast";
import { useTRPC } from "@/lib/trpc";
import { describeCadence, longDay, streakWords } from "./cadence";
import type { ResponsibilityItem } from "./item-types";
import { TermsForm } from "./terms-form";
import { useRefreshResponsibilities } from "./use-refresh";
import { WeekStrip } from "./week-strip";

const statusLabel: Record<ResponsibilityItem["status"], string> = {
  proposed: "Proposed",
  agreed: "Agreed",
  paused: "Paused",
  declined: "Declined",
  retired: "Retired",
};

const changeVerb = { pause: "pause", resume: "resume", retire: "retire" } as const;

export function ResponsibilityCard({ item, partnerName }: { item: ResponsibilityItem; partnerName: string }) {
  const [suggesting, setSuggesting] = useState(false);
  const trpc = useTRPC();
  const refresh = useRefreshResponsibilities();
  const onError = (error: unknown) => toast.error(error);
  const after = (message?: string) => () => {
    if (message) toast.success(message);
    refresh();
  };
  const agree = useMutation(
    trpc.responsibilities.agree.mutationOptions({ onSuccess: after("Agreed. It counts from today."), onError }),
  );
  const decline = useMutation(trpc.responsibilities.decline.mutationOptions({ onSuccess: after(), onError }));
  const suggest = useMutation(trpc.responsibilities.suggestChange.mutationOptions());
  const requestChange = useMutation(
    trpc.responsibilities.requestChange.mutationOptions({ onSuccess: after(), onError }),
  );
  const answerChange = useMutation(trpc.responsibilities.answerChange.mutationOptions({ onSuccess: after(), onError }));
  const checkOff = useMutation(
    trpc.responsibilities.checkOff.mutationOptions({
      onSuccess: (result) => {
        if (result.milestones.length) toast.success(`${result.streak} in a row — that's a milestone.`);
        refresh();
      },
      onError,
    }),
  );
  const undo = useMutation(trpc.responsibilities.undoCheckOff.mutationOptions({ onSuccess: after(), onError }));
  const acknowledge = useMutation(
    trpc.responsibilities.acknowledge.mutationOptions({
      onSuccess: after(`${partnerName} will see your thanks.`),
      onError,
    }),
  );

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

        {item.awaitingMyAnswer &&
          (suggesting ? (
            <TermsForm
              mode="suggest"
              partnerName={partnerName}
              defaults={{
                title: item.title,
                details: item.details,
                owner: item.owner.isMe ? "me" : "partner",
                cadence: { kind: item.cadence.kind, days: item.cadence.kind === "weekdays" ? item.cadence.days : [] },
              }}
              onCancel={() => setSuggesting(false)}
              onSubmit={async (values) => {
                await suggest.mutateAsync({ id: item.id, ...values });
                setSuggesting(false);
                toast.success(`Suggestion sent to ${partnerName}.`);
                refresh();
              }}
            />
          ) : (
            <div className="flex flex-wrap gap-2">
              <Button onClick={() => agree.mutate({ id: item.id })} disabled={agree.isPending}>
                <Check aria-hidden /> Agree
              </Button>
              <Button variant="secondary" onClick={() => setSuggesting(true)}>
                Suggest a change
              </Button>
              <ConfirmDialog
                trigger={<Button variant="ghost">Decline</Button>}
                title="Decline this responsibility?"
                description={`${partnerName} will see that you declined. You can always propose something else.`}
                confirmLabel="Decline"
                onConfirm={async () => {
                  await decline.mutateAsync({ id: item.id });
                }}
              />
            </div>
          ))}

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
                  <Button
                    variant="gold"
                    className="justify-self-start"
                    disabled={checkOff.isPending}
                    onClick={() => checkOff.mutate({ id: item.id })}
                  >
                    <Check aria-hidden /> {item.cadence.kind === "weekly" ? "Done this week" : "Done today"}
                  </Button>
                )}
                <WeekStrip
                  label={`Check off “${item.title}”`}
                  days={progress.window}
                  today={item.today}
                  pending={checkOff.isPending || undo.isPending}
                  onToggle={(day, checked) =>
                    checked ? undo.mutate({ id: item.id, day }) : checkOff.mutate({ id: item.id, day })
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
                      <Button
                        size="sm"
                        variant="secondary"
                        disabled={acknowledge.isPending}
                        onClick={() => acknowledge.mutate({ checkOffId: checkOff.id })}
                      >
                        I noticed — thank you
                      </Button>
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
                  <Button
                    size="sm"
                    variant="ghost"
                    className="justify-self-start"
                    onClick={() => answerChange.mutate({ id: item.id, confirm: false })}
                  >
                    Withdraw the request
                  </Button>
                </>
              ) : (
                <>
                  <p>
                    {partnerName} asks to {changeVerb[item.pendingChange.kind]} this.
                  </p>
                  <div className="flex flex-wrap gap-2">
                    <Button
                      size="sm"
                      onClick={() => answerChange.mutate({ id: item.id, confirm: true })}
                      disabled={answerChange.isPending}
                    >
                      Yes, {changeVerb[item.pendingChange.kind]} it
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      onClick={() => answerChange.mutate({ id: item.id, confirm: false })}
                      disabled={answerChange.isPending}
                    >
                      Keep it as it is
                    </Button>
                  </div>
                </>
              )}
            </div>
          ) : (
            <div className="flex flex-wrap gap-2">
              {item.status === "agreed" ? (
                <Button size="sm" variant="ghost" onClick={() => requestChange.mutate({ id: item.id, kind: "pause" })}>
                  Ask to pause
                </Button>
              ) : (
                <Button size="sm" variant="ghost" onClick={() => requestChange.mutate({ id: item.id, kind: "resume" })}>
                  Ask to resume
                </Button>
              )}
              <Button size="sm" variant="ghost" onClick={() => requestChange.mutate({ id: item.id, kind: "retire" })}>
                Ask to retire
              </Button>
            </div>
          ))}
      </CardContent>
    </Card>
  );
}
