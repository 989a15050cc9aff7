import { Laptop, Smartphone } from "lucide-react";
import { Badge } from "@/app/_components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { longDate } from "@/lib/date-words";
import { localDateOf } from "@/server/domain/zoned-time";
import { signedInApi } from "../signed-in-viewer";
import { EndOtherSessions, EndSession } from "./session-controls";

const PHONES = ["iPhone", "iPad", "Android"];

/** Every device signed in to this account: one can be signed out from another. */
export async function SessionsCard({ timeZone }: { timeZone: string }) {
  const sessions = await (await signedInApi()).sessions.list();
  // A session's last day of use is a day in the person's time zone: so is today.
  const today = localDateOf(new Date(), timeZone);
  const hasOthers = sessions.some((session) => !session.current);

  return (
    <Card>
      <CardHeader>
        <CardTitle>Where you're signed in</CardTitle>
        <CardDescription>If you see a device you don't use or don't recognise, sign it out.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <ul className="grid gap-3" aria-label="Devices signed in">
          {sessions.map((session) => {
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
                    Signed in {longDate(session.startedAt)} ·{" "}
                    {session.lastUsedOn === today ? "last used today" : `last used ${longDate(session.lastUsedOn)}`}
                  </p>
                </div>
                {!session.current && <EndSession id={session.id} name={name} />}
              </li>
            );
          })}
        </ul>
        {hasOthers && <EndOtherSessions />}
      </CardContent>
    </Card>
  );
}
