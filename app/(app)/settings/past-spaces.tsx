import { shortDateWithYear, shortMonthYear } from "@/lib/date-words";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { serverApi } from "@/server/caller";

/**
 * Closed spaces stay readable for both former partners: nothing either wrote is lost. Read
 * on the server: a closed space never changes, and unlinking leaves this page for /welcome.
 */
export async function PastSpaces() {
  const spaces = await (await serverApi()).couple.archived();
  if (!spaces.length) return null;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Past spaces</CardTitle>
        <CardDescription>Closed spaces are kept as they were, read-only, for both of you.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {spaces.map((space) => (
          <details key={space.id} className="rounded-lg border border-border p-4">
            <summary className="cursor-pointer font-medium">
              With {space.partnerName ?? "a partner who left"} · {shortMonthYear(space.repairBeganOn)}
              {space.archivedAt ? ` – ${shortMonthYear(space.archivedAt)}` : ""}
            </summary>
            <ul className="mt-3 grid gap-2">
              {space.milestones.map((milestone) => (
                <li key={milestone.id} className="text-sm">
                  <time className="text-muted-foreground" dateTime={milestone.occurredOn}>
                    {shortDateWithYear(milestone.occurredOn)}
                  </time>{" "}
                  · {milestone.title}
                  {milestone.note && <p className="text-muted-foreground">{milestone.note}</p>}
                </li>
              ))}
            </ul>
          </details>
        ))}
      </CardContent>
    </Card>
  );
}
