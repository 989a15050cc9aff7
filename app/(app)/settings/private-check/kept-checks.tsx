import "server-only";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { longDate } from "@/lib/date-words";
import { suggestsDanger } from "@/server/domain/hits";
import { localDateOf } from "@/server/domain/zoned-time";
import { signedInApi, signedInViewer } from "../../signed-in-viewer";
import { ForgetAllChecks, ForgetCheck } from "./kept-controls";

/** The answers the person chose to keep, rendered on the server; nothing at all when there are none. */
export async function renderKeptChecks() {
  const [{ me }, api] = await Promise.all([signedInViewer(), signedInApi()]);
  const kept = await api.safety.kept();
  if (!kept.length) return null;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Answers you kept</CardTitle>
        <CardDescription>Only you can see these.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        <ul className="grid gap-2" data-testid="kept-checks">
          {kept.map((check) => (
            <li key={check.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
              <span>
                {/* The day it was taken on the person's own clock, not the server's. */}
                {longDate(localDateOf(check.takenAt, me.timeZone))} ·{" "}
                {suggestsDanger(check.score)
                  ? "your answers suggested you may not be safe"
                  : "your answers didn't suggest danger"}
              </span>
              <ForgetCheck id={check.id} />
            </li>
          ))}
        </ul>
        <ForgetAllChecks />
      </CardContent>
    </Card>
  );
}
