"use client";

import { useEffect, useState } from "react";
import { useMutation, useQuery } from "@tanstack/react-query";
import { HandHeart, Plus, Sprout } from "lucide-react";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { ErrorState } from "@/app/_components/ui/error-state";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/app/_components/ui/tabs";
import { toast } from "@/app/_components/ui/toast";
import { useTRPC } from "@/lib/trpc";
import type { ResponsibilityItem, SmallChangeItem } from "./item-types";
import { ResponsibilityCard } from "./responsibility-card";
import { SmallChangesPanel } from "./small-changes";
import { TermsForm } from "./terms-form";
import { useRefreshResponsibilities } from "./use-refresh";

export function ResponsibilitiesView({
  initialResponsibilities,
  initialChanges,
  partnerName,
  initialTab,
}: {
  initialResponsibilities: ResponsibilityItem[];
  initialChanges: SmallChangeItem[];
  partnerName: string | null;
  initialTab: "shared" | "changes";
}) {
  const trpc = useTRPC();
  const responsibilities = useQuery(
    trpc.responsibilities.list.queryOptions(undefined, { initialData: initialResponsibilities }),
  );
  const changes = useQuery(trpc.smallChanges.list.queryOptions(undefined, { initialData: initialChanges }));
  const [tab, setTab] = useState<string>(initialTab);

  // A dashboard link to one small change (#change-…) opens its tab; ScrollToLinkedItem scrolls to it.
  useEffect(() => {
    if (window.location.hash.startsWith("#change-")) setTab("changes");
  }, []);

  return (
    <Tabs value={tab} onValueChange={setTab}>
      <TabsList aria-label="Responsibilities or small changes">
        <TabsTrigger value="shared">
          <HandHeart aria-hidden /> Shared duties
        </TabsTrigger>
        <TabsTrigger value="changes">
          <Sprout aria-hidden /> Small changes
        </TabsTrigger>
      </TabsList>
      <TabsContent value="shared">
        {responsibilities.isError ? (
          <ErrorState title="Your responsibilities didn't load" onRetry={() => responsibilities.refetch()} />
        ) : (
          <SharedDuties items={responsibilities.data ?? []} partnerName={partnerName} />
        )}
      </TabsContent>
      <TabsContent value="changes">
        {changes.isError ? (
          <ErrorState title="Small changes didn't load" onRetry={() => changes.refetch()} />
        ) : (
          <SmallChangesPanel items={changes.data ?? []} partnerName={partnerName} />
        )}
      </TabsContent>
    </Tabs>
  );
}

function SharedDuties({ items, partnerName }: { items: ResponsibilityItem[]; partnerName: string | null }) {
  const [proposing, setProposing] = useState(false);
  const trpc = useTRPC();
  const refresh = useRefreshResponsibilities();
  const propose = useMutation(trpc.responsibilities.propose.mutationOptions());
  const other = partnerName ?? "your partner";

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
      {proposing ? (
        <Card>
          <CardHeader>
            <CardTitle>Propose a responsibility</CardTitle>
            <CardDescription>It counts once {other} agrees. They can also suggest a change.</CardDescription>
          </CardHeader>
          <CardContent>
            <TermsForm
              mode="propose"
              partnerName={other}
              onCancel={() => setProposing(false)}
              onSubmit={async ({ note: _note, ...terms }) => {
                await propose.mutateAsync(terms);
                setProposing(false);
                toast.success(`Proposed. It's with ${other} now.`);
                refresh();
              }}
            />
          </CardContent>
        </Card>
      ) : (
        <Button className="justify-self-start" onClick={() => setProposing(true)}>
          <Plus aria-hidden /> Propose a responsibility
        </Button>
      )}

      {awaitingMe.length > 0 && (
        <Group title="Waiting on you" description="Agree, suggest a change, or decline: whenever you're ready.">
          {awaitingMe.map((item) => (
            <ResponsibilityCard key={item.id} item={item} partnerName={other} />
          ))}
        </Group>
      )}

      {awaitingPartner.length > 0 && (
        <Group title={`Waiting on ${other}`} description="No rush: they'll answer in their own time.">
          {awaitingPartner.map((item) => (
            <ResponsibilityCard key={item.id} item={item} partnerName={other} />
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
          counting.map((item) => <ResponsibilityCard key={item.id} item={item} partnerName={other} />)
        )}
      </Group>

      {closed.length > 0 && (
        <details className="group rounded-xl border border-border bg-card p-4">
          <summary className="cursor-pointer text-sm font-medium">Retired or declined ({closed.length})</summary>
          <ul className="mt-3 grid gap-3">
            {closed.map((item) => (
              <li key={item.id}>
                <ResponsibilityCard item={item} partnerName={other} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function Group({ title, description, children }: { title: string; description: string; children: React.ReactNode }) {
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
