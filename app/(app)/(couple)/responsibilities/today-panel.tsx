"use client";

import Link from "next/link";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Check, ChevronRight, Flame, HeartHandshake, MessageCircleHeart } from "lucide-react";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { toast } from "@/app/_components/ui/toast";
import { useTRPC } from "@/lib/trpc";
import type { Dashboard } from "../dashboard/dashboard-type";
import { longDay } from "./cadence";

/**
 * The dashboard's "today" card: my duties and small changes to check off with one tap,
 * my partner's recent check-offs I might thank them for, and both partners' streaks.
 */
export function TodayPanel({ dashboard }: { dashboard: Dashboard }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => {
    for (const queryKey of [trpc.dashboard.pathKey(), trpc.responsibilities.pathKey(), trpc.smallChanges.pathKey()]) {
      void queryClient.invalidateQueries({ queryKey });
    }
  };
  const onError = (error: unknown) => toast.error(error);
  const onChecked = (result: { streak: number; milestones: number[] }) => {
    if (result.milestones.length) toast.success(`${result.streak} in a row — that's a milestone.`);
    refresh();
  };
  const checkDuty = useMutation(trpc.responsibilities.checkOff.mutationOptions({ onSuccess: onChecked, onError }));
  const checkChange = useMutation(trpc.smallChanges.checkOff.mutationOptions({ onSuccess: onChecked, onError }));
  const acknowledge = useMutation(trpc.responsibilities.acknowledge.mutationOptions({ onSuccess: refresh, onError }));

  const duties = dashboard.panels.responsibilities;
  const changes = dashboard.panels.smallChanges;
  const today = [...(duties?.today ?? []), ...(changes?.today ?? [])];
  const streaks = [...(duties?.streaks ?? []), ...(changes?.streaks ?? [])]
    .sort((a, b) => b.streak - a.streak)
    .slice(0, 4);
  const toAcknowledge = duties?.toAcknowledge ?? [];
  const encouragement = changes?.encouragement ?? null;
  const pending = checkDuty.isPending || checkChange.isPending;

  return (
    <Card aria-labelledby="today-heading" data-testid="today-panel">
      <CardHeader>
        <CardTitle id="today-heading">Today</CardTitle>
        <CardDescription>Small, steady things. Each one you keep counts.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5">
        {today.length === 0 ? (
          <p className="rounded-lg bg-muted px-4 py-5 text-center text-sm text-muted-foreground">
            Nothing to check off today.{" "}
            <Link href="/responsibilities" className="underline underline-offset-4">
              Take something on
            </Link>
          </p>
        ) : (
          <ul className="grid gap-1" aria-label="To do today">
            {today.map((item) => (
              <li key={`${item.kind}:${item.id}`} className="flex items-center gap-3 rounded-lg px-2 py-2">
                <span className="min-w-0 flex-1">
                  <span className="block truncate font-medium">{item.title}</span>
                  <span className="block text-sm text-muted-foreground">
                    {item.kind === "change" ? "Small change" : item.weekly ? "This week" : "Shared duty"}
                    {item.streak > 0 && ` · ${item.streak} in a row`}
                  </span>
                </span>
                {item.keptNow ? (
                  <span className="flex items-center gap-1 text-sm text-gold-foreground">
                    <Check aria-hidden className="size-4" /> Done
                  </span>
                ) : (
                  <Button
                    size="sm"
                    variant="gold"
                    disabled={pending}
                    aria-label={`Check off “${item.title}”`}
                    onClick={() =>
                      item.kind === "change" ? checkChange.mutate({ id: item.id }) : checkDuty.mutate({ id: item.id })
                    }
                  >
                    <Check aria-hidden /> Check off
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}

        {encouragement && (
          <p className="flex gap-2 rounded-lg bg-gold-soft px-3 py-2 text-sm text-gold-foreground">
            <MessageCircleHeart aria-hidden className="mt-0.5 size-4 shrink-0" />
            <span>
              {encouragement.fromName} about “{encouragement.title}”: {encouragement.message}
            </span>
          </p>
        )}

        {toAcknowledge.length > 0 && (
          <ul className="grid gap-2" aria-label={`Done by ${dashboard.partner?.name ?? "your partner"}`}>
            {toAcknowledge.map((checkOff) => (
              <li key={checkOff.id} className="flex flex-wrap items-center gap-2 text-sm">
                <HeartHandshake aria-hidden className="size-4 text-gold-foreground" />
                <span className="flex-1">
                  {checkOff.ownerName} did “{checkOff.title}” on {longDay(checkOff.day)}
                </span>
                <Button
                  size="sm"
                  variant="secondary"
                  disabled={acknowledge.isPending}
                  onClick={() => acknowledge.mutate({ checkOffId: checkOff.id })}
                >
                  I noticed — thank you
                </Button>
              </li>
            ))}
          </ul>
        )}

        {streaks.length > 0 && (
          <div className="grid gap-2">
            <h3 className="text-sm font-medium">Streaks</h3>
            <ul className="grid gap-1" data-testid="streak-highlights">
              {streaks.map((streak) => (
                <li key={`${streak.kind}:${streak.id}`} className="flex items-center gap-2 text-sm">
                  <Flame aria-hidden className="size-4 text-gold" />
                  <span className="flex-1">
                    {streak.mine ? "You" : streak.ownerName}: {streak.title}
                  </span>
                  <span className="text-muted-foreground">
                    {streak.streak} {streak.unit}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        )}

        <Link
          href="/responsibilities"
          className="flex items-center gap-3 rounded-lg border border-border px-3 py-3 text-sm hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring"
        >
          <span className="flex-1 font-medium">Responsibilities and small changes</span>
          <ChevronRight aria-hidden className="size-4 text-muted-foreground" />
        </Link>
      </CardContent>
    </Card>
  );
}
