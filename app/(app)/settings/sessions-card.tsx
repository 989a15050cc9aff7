"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Laptop, Smartphone } from "lucide-react";
import { Badge } from "@/app/_components/ui/badge";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { toast } from "@/app/_components/ui/toast";
import { longDate } from "@/lib/date-words";
import { useTRPC } from "@/lib/trpc";
import { messageOf } from "@/lib/trpc-errors";

const PHONES = ["iPhone", "iPad", "Android"];

/** Today on this device's clock, as the server writes a day ("2026-12-01"). */
function today() {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

function lastUsedWords(day: string) {
  return day === today() ? "last used today" : `last used ${longDate(day)}`;
}

/** Every device signed in to this account: one can be signed out from another. */
export function SessionsCard() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: sessions, isPending } = useQuery(trpc.sessions.list.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.sessions.list.queryKey() });
  const end = useMutation(
    trpc.sessions.end.mutationOptions({
      onSuccess: () => toast.success("Signed out on that device."),
      onError: (error) => toast.error(messageOf(error)),
      onSettled: refresh,
    }),
  );
  const endOthers = useMutation(
    trpc.sessions.endOthers.mutationOptions({
      onSuccess: () => toast.success("Signed out everywhere else."),
      onError: (error) => toast.error(messageOf(error)),
      onSettled: refresh,
    }),
  );
  const others = sessions?.filter((session) => !session.current) ?? [];

  return (
    <Card>
      <CardHeader>
        <CardTitle>Where you're signed in</CardTitle>
        <CardDescription>If you see a device you don't use or don't recognise, sign it out.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {isPending ? (
          <p className="text-sm text-muted-foreground">Looking up your devices…</p>
        ) : (
          <ul className="grid gap-3" aria-label="Devices signed in">
            {sessions?.map((session) => {
              const Icon = PHONES.includes(session.system) ? Smartphone : Laptop;
              const name = `${session.browser} on ${session.system}`;
              return (
                <li key={session.id} className="flex flex-wrap items-center gap-3 rounded-lg border border-border p-3">
                  <Icon aria-hidden className="size-5 text-muted-foreground" />
                  <div className="grid min-w-0 flex-1 gap-0.5">
                    <p className="font-medium">
                      {name} {session.current && <Badge tone="calm">This device</Badge>}
                    </p>
                    <p className="text-sm text-muted-foreground">
                      Signed in {longDate(session.startedAt)} · {lastUsedWords(session.lastUsedOn)}
                    </p>
                  </div>
                  {!session.current && (
                    <Button
                      variant="secondary"
                      size="sm"
                      aria-label={`Sign out ${name}`}
                      disabled={end.isPending && end.variables?.id === session.id}
                      onClick={() => end.mutate({ id: session.id })}
                    >
                      Sign out
                    </Button>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        {others.length > 0 && (
          <Button
            variant="secondary"
            className="justify-self-start"
            disabled={endOthers.isPending}
            onClick={() => endOthers.mutate()}
          >
            Sign out everywhere else
          </Button>
        )}
      </CardContent>
    </Card>
  );
}
