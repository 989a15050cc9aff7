import Link from "next/link";
import { ChevronRight, Sparkles } from "lucide-react";
import { longDate, shortDate } from "@/lib/date-words";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { iconForKind } from "./item-kinds";
import type { Dashboard } from "./dashboard-type";
import { dashboardPanels } from "./panels";
import { WaitingForPartner } from "./waiting-for-partner-lazy";

type Item = Dashboard["yourTurn"][number];

/**
 * The dashboard, rendered on the server: only the controls a person touches (my readiness,
 * the pace's step back, the forms behind each button, the invite) are client components.
 */
export function DashboardBody({ dashboard }: { dashboard: Dashboard }) {
  const partnerName = dashboard.partner?.name ?? "your partner";

  return (
    <div className="grid grid-cols-1 gap-6">
      <header className="grid gap-1">
        <p className="text-sm text-muted-foreground">
          {dashboard.me.name} {dashboard.partner ? <>&amp; {dashboard.partner.name}</> : null}
        </p>
        <h1 className="text-4xl font-semibold" data-testid="day-count">
          Day {dashboard.day}
        </h1>
        <p className="text-sm text-muted-foreground">Since you began mending on {longDate(dashboard.repairBeganOn)}.</p>
      </header>

      {dashboardPanels
        .filter((panel) => panel.slot === "top")
        .map(({ key, Component }) => (
          <Component key={key} dashboard={dashboard} />
        ))}

      {dashboard.panels.invite && (
        <WaitingForPartner openInviteExpiresAt={dashboard.panels.invite.openInviteExpiresAt} />
      )}

      {dashboard.partner && (
        <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
          <ItemList
            title="Your turn"
            description="Things waiting on you, whenever you're ready."
            items={dashboard.yourTurn}
            empty="Nothing is waiting on you right now."
          />
          <ItemList
            title={`Waiting on ${partnerName}`}
            description="No rush: they'll answer in their own time."
            items={dashboard.waitingOnPartner}
            empty={`Nothing is waiting on ${partnerName}.`}
          />
        </div>
      )}

      {dashboardPanels
        .filter((panel) => panel.slot === "main")
        .map(({ key, Component }) => (
          <Component key={key} dashboard={dashboard} />
        ))}

      <Card>
        <CardHeader>
          <CardTitle>Latest milestones</CardTitle>
        </CardHeader>
        <CardContent>
          <ul className="grid gap-2">
            {(dashboard.panels.milestones ?? []).map((milestone) => (
              <li key={milestone.id} className="flex items-center gap-3">
                <Sparkles aria-hidden className="size-4 text-gold" />
                <span className="flex-1">{milestone.title}</span>
                <time className="text-sm text-muted-foreground" dateTime={milestone.occurredOn}>
                  {shortDate(milestone.occurredOn)}
                </time>
              </li>
            ))}
          </ul>
        </CardContent>
      </Card>
    </div>
  );
}

function ItemList({
  title,
  description,
  items,
  empty,
}: {
  title: string;
  description: string;
  items: Item[];
  empty: string;
}) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>{title}</CardTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent>
        {items.length === 0 ? (
          <p className="rounded-lg bg-muted px-4 py-6 text-center text-sm text-muted-foreground">{empty}</p>
        ) : (
          <ul className="grid grid-cols-1 gap-1">
            {items.map((item) => {
              const Icon = iconForKind(item.kind);
              return (
                // Titles wrap rather than cut: on a half-width card "Walk the dog in the morn…" said too little.
                <li key={`${item.kind}:${item.id}`}>
                  <Link href={item.href} className="flex items-center gap-3 rounded-lg px-2 py-3 hover:bg-muted">
                    <Icon aria-hidden className="size-5 shrink-0 text-gold-foreground" />
                    <span className="min-w-0 flex-1">
                      <span className="block font-medium [overflow-wrap:anywhere]">{item.title}</span>
                      {item.detail && (
                        <span className="block text-sm text-muted-foreground [overflow-wrap:anywhere]">
                          {item.detail}
                        </span>
                      )}
                    </span>
                    <ChevronRight aria-hidden className="size-4 text-muted-foreground" />
                  </Link>
                </li>
              );
            })}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
