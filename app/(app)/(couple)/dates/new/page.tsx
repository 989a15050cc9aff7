import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { coupleApi, coupleViewer } from "../../couple-viewer";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { BackLink } from "@/app/_components/ui/back-link";
import { PLAN_NOTES_MAX, PLAN_TITLE_MAX } from "@/server/dates/limits";
import { PlanForm } from "../plan-form";
import { PageTitle } from "@/app/_components/ui/page-title";

export const metadata: Metadata = { title: "Plan a date" };

/** A new plan: from scratch, from an idea (?idea=) or to recreate a memory (?memory=). */
export default async function NewPlanPage({
  searchParams,
}: {
  searchParams: Promise<{ idea?: string; memory?: string }>;
}) {
  const viewer = await coupleViewer();
  if (!viewer.partner) redirect("/dates");
  const { idea: ideaId, memory: memoryId } = await searchParams;
  const api = await coupleApi();
  const idea = ideaId ? (await api.dates.ideas()).find((candidate) => candidate.id === ideaId) : undefined;
  const memory = memoryId ? await api.memories.get({ id: memoryId }).catch(() => null) : null;

  const defaults = {
    title: memory ? `Recreate: ${memory.title}`.slice(0, PLAN_TITLE_MAX) : (idea?.title ?? ""),
    startsAt: "",
    endsAt: "",
    timeZone: viewer.me.timeZone,
    place: memory?.place ?? "",
    notes: memory ? memory.story.slice(0, PLAN_NOTES_MAX) : (idea?.description ?? ""),
    surprise: null,
    ideaId: idea?.id ?? null,
    memoryId: memory?.id ?? null,
  };

  return (
    <div className="grid gap-6">
      <header className="grid gap-1">
        <BackLink href="/dates">Dates</BackLink>
        <PageTitle>Plan a date</PageTitle>
      </header>
      <Card>
        <CardHeader>
          <CardTitle>{memory ? "Recreate a memory" : idea ? "From the idea bank" : "Your plan"}</CardTitle>
          <CardDescription>
            {memory
              ? `Bringing back “${memory.title}”. The date and the memory will link to each other.`
              : idea
                ? `Starting from “${idea.title}”. Change anything you like.`
                : `${viewer.partner.name} can see and edit it too — unless you make it a surprise.`}
          </CardDescription>
        </CardHeader>
        <CardContent>
          <PlanForm defaults={defaults} partnerName={viewer.partner.name} />
        </CardContent>
      </Card>
    </div>
  );
}
