import Link from "next/link";
import { Check, ChevronRight, Flame, HeartHandshake, MessageCircleHeart } from "lucide-react";
import { ActionForm } from "@/app/_components/actions/action-form";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { acknowledgeCheckOff, checkOff } from "../dashboard/actions";
import type { Dashboard } from "../dashboard/dashboard-type";
import { longDay } from "./cadence";

/**
 * The dashboard's "today" card: my duties and small changes to check off with one tap,
 * my partner's recent check-offs I might thank them for, and both partners' streaks.
 * Rendered on the server, buttons included: the browser only runs their actions.
 */
export function TodayPanel({ dashboard }: { dashboard: Dashboard }) {
  const duties = dashboard.panels.responsibilities;
  const changes = dashboard.panels.smallChanges;
  const today = [...(duties?.today ?? []), ...(changes?.today ?? [])];
  const streaks = [...(duties?.streaks ?? []), ...(changes?.streaks ?? [])]
    .sort((a, b) => b.streak - a.streak)
    .slice(0, 4);
  const toAcknowledge = duties?.toAcknowledge ?? [];
  const encouragement = changes?.encouragement ?? null;

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
                  <ActionForm action={checkOff.bind(null, { kind: item.kind, id: item.id })}>
                    <Button type="submit" size="sm" variant="gold" aria-label={`Check off “${item.title}”`}>
                      <Check aria-hidden /> Check off
                    </Button>
                  </ActionForm>
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
                <ActionForm action={acknowledgeCheckOff.bind(null, { checkOffId: checkOff.id })}>
                  <Button type="submit" size="sm" variant="secondary">
                    I noticed — thank you
                  </Button>
                </ActionForm>
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
