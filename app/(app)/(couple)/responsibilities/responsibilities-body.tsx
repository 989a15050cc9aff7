import { HandHeart } from "lucide-react";
import type { ReactNode } from "react";
import { EmptyState } from "@/app/_components/ui/empty-state";
import type { ResponsibilityItem, SmallChangeItem } from "./item-types";
import { ResponsibilityCard } from "./responsibility-card";
import { ProposeResponsibility } from "./responsibility-controls";
import { ResponsibilityTabs } from "./responsibility-tabs";
import { SmallChangesPanel } from "./small-changes";

/**
 * Both tabs, rendered on the server and again when either partner changes a duty or a small
 * change (the page's live view). Only the tab switch, the forms and the buttons run in the
 * browser.
 */
export function ResponsibilitiesBody({
  responsibilities,
  changes,
  partnerName,
}: {
  responsibilities: ResponsibilityItem[];
  changes: SmallChangeItem[];
  partnerName: string | null;
}) {
  return (
    <ResponsibilityTabs
      shared={<SharedDuties items={responsibilities} partnerName={partnerName} />}
      changes={<SmallChangesPanel items={changes} partnerName={partnerName} />}
    />
  );
}

function SharedDuties({ items, partnerName }: { items: ResponsibilityItem[]; partnerName: string | null }) {
  if (!partnerName) {
    return (
      <EmptyState
        icon={HandHeart}
        title="Shared duties need both of you"
        description="Once your partner joins, either of you can propose a responsibility for the other to agree to."
      />
    );
  }

  const awaitingMe = items.filter((r) => r.awaitingMyAnswer);
  const awaitingPartner = items.filter((r) => r.status === "proposed" && r.proposedByMe);
  const counting = items.filter((r) => r.status === "agreed" || r.status === "paused");
  const closed = items.filter((r) => r.status === "declined" || r.status === "retired");

  return (
    <div className="grid gap-6">
      <ProposeResponsibility partnerName={partnerName} />

      {awaitingMe.length > 0 && (
        <Group title="Waiting on you" description="Agree, suggest a change, or decline: whenever you're ready.">
          {awaitingMe.map((item) => (
            <ResponsibilityCard key={item.id} item={item} partnerName={partnerName} />
          ))}
        </Group>
      )}

      {awaitingPartner.length > 0 && (
        <Group title={`Waiting on ${partnerName}`} description="No rush: they'll answer in their own time.">
          {awaitingPartner.map((item) => (
            <ResponsibilityCard key={item.id} item={item} partnerName={partnerName} />
          ))}
        </Group>
      )}

      <Group title="Agreed" description="What you both said yes to.">
        {counting.length === 0 ? (
          <EmptyState
            icon={HandHeart}
            title="Nothing agreed yet"
            description="Take on something that lightens the other's load, and propose it. It's a way of showing the work, day by day."
          />
        ) : (
          counting.map((item) => <ResponsibilityCard key={item.id} item={item} partnerName={partnerName} />)
        )}
      </Group>

      {closed.length > 0 && (
        <details className="group rounded-xl border border-border bg-card p-4">
          <summary className="cursor-pointer text-sm font-medium">Retired or declined ({closed.length})</summary>
          <ul className="mt-3 grid gap-3">
            {closed.map((item) => (
              <li key={item.id}>
                <ResponsibilityCard item={item} partnerName={partnerName} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function Group({ title, description, children }: { title: string; description: string; children: ReactNode }) {
  const id = `group-${title.toLowerCase().replace(/[^a-z]+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="grid gap-3">
      <div>
        <h2 id={id} className="font-serif text-xl">
          {title}
        </h2>
        <p className="text-sm text-muted-foreground">{description}</p>
      </div>
      <div className="grid gap-3">{children}</div>
    </section>
  );
}
