"use client";

import Link from "next/link";
import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Lightbulb, Plus, Sparkles } from "lucide-react";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { Field } from "@/app/_components/ui/field";
import { FormError } from "@/app/_components/ui/form";
import { Input, Textarea } from "@/app/_components/ui/input";
import { toast } from "@/app/_components/ui/toast";
import { useTRPC } from "@/lib/trpc";
import { useFormFields } from "@/lib/use-form-fields";
import { IDEA_DESCRIPTION_MAX, IDEA_TITLE_MAX } from "@/server/dates/limits";
import { categoryLabels, ideaCategories, type IdeaCategory } from "@/server/domain/date-kinds";
import { BackLink } from "@/app/_components/ui/back-link";
import type { Idea } from "../format";
import { PageTitle } from "@/app/_components/ui/page-title";
import { IdeaCard } from "./idea-card";

type Filter = "all" | "waiting" | "matches" | IdeaCategory;

function AddIdea({ onDone }: { onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const form = useFormFields({ title: "", description: "", category: "at_home" as IdeaCategory });
  const add = useMutation(
    trpc.dates.addIdea.mutationOptions({
      onSuccess: () => {
        toast.success("Added. It counts as your yes.");
        form.reset();
        void queryClient.invalidateQueries({ queryKey: trpc.dates.pathKey() });
        onDone();
      },
      onError: form.showError,
    }),
  );
  return (
    <Card>
      <CardHeader>
        <CardTitle>Add your own idea</CardTitle>
        <CardDescription>Something only the two of you would think of.</CardDescription>
      </CardHeader>
      <CardContent>
        <form {...form.formProps(add.mutate)} className="grid gap-4">
          <Field label="The idea" error={form.errors.title} count={{ value: form.values.title, limit: IDEA_TITLE_MAX }}>
            <Input {...form.text("title")} required />
          </Field>
          <Field
            label="A few words about it (optional)"
            error={form.errors.description}
            count={{ value: form.values.description, limit: IDEA_DESCRIPTION_MAX }}
          >
            <Textarea rows={2} {...form.text("description")} />
          </Field>
          <Field label="Category" error={form.errors.category}>
            <select
              className="h-11 w-full rounded-md border border-input bg-card px-3"
              value={form.values.category}
              onChange={(event) => form.set("category", event.target.value as IdeaCategory)}
            >
              {ideaCategories.map((category) => (
                <option key={category} value={category}>
                  {categoryLabels[category]}
                </option>
              ))}
            </select>
          </Field>
          <FormError message={form.errors.form} />
          <div className="flex gap-2">
            <Button type="submit" disabled={add.isPending}>
              {add.isPending ? "Adding…" : "Add idea"}
            </Button>
            <Button type="button" variant="ghost" onClick={onDone}>
              Not now
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}

export function IdeasView({
  initial,
  partnerName,
  initialFilter,
}: {
  initial: Idea[];
  partnerName: string | null;
  initialFilter: Filter;
}) {
  const trpc = useTRPC();
  const { data } = useQuery(trpc.dates.ideas.queryOptions(undefined, { initialData: initial }));
  const ideas = data ?? initial;
  const [filter, setFilter] = useState<Filter>(initialFilter);
  const [adding, setAdding] = useState(false);
  const other = partnerName ?? "Your partner";
  const matches = ideas.filter((idea) => idea.isMatch);
  const waiting = ideas.filter((idea) => idea.partnerHasReacted && !idea.myReaction);
  const shown =
    filter === "all"
      ? ideas
      : filter === "matches"
        ? matches
        : filter === "waiting"
          ? waiting
          : ideas.filter((idea) => idea.category === filter);

  const chips: { value: Filter; label: string }[] = [
    { value: "all", label: "All" },
    // What it counts: ideas the partner has answered and I haven't yet.
    { value: "waiting", label: `${other} answered, you haven't (${waiting.length})` },
    { value: "matches", label: `Matches (${matches.length})` },
    ...ideaCategories.map((category) => ({ value: category as Filter, label: categoryLabels[category] })),
  ];

  return (
    <div className="grid gap-6">
      <header className="grid gap-1">
        <BackLink href="/dates">Dates</BackLink>
        <PageTitle>Idea bank</PageTitle>
        <p className="text-sm leading-relaxed text-muted-foreground">
          Say yes, maybe or no to each idea. Your answer stays yours: you see {other}&apos;s only after giving your own.
          When you both say yes, it&apos;s a match.
        </p>
      </header>

      {partnerName &&
        (adding ? (
          <AddIdea onDone={() => setAdding(false)} />
        ) : (
          <div>
            <Button variant="secondary" onClick={() => setAdding(true)}>
              <Plus aria-hidden />
              Add your own idea
            </Button>
          </div>
        ))}

      {matches.length > 0 && filter !== "matches" && (
        <section
          aria-labelledby="matches-heading"
          className="grid gap-2 rounded-lg border border-gold/50 bg-gold-soft/40 p-4"
        >
          <h2 id="matches-heading" className="flex items-center gap-2 font-medium">
            <Sparkles aria-hidden className="size-4 text-gold-foreground" />
            Your matches
          </h2>
          <ul className="grid gap-1" data-testid="matches">
            {matches.map((idea) => (
              <li key={idea.id} className="flex items-center justify-between gap-2">
                <span>{idea.title}</span>
                <Link
                  href={`/dates/new?idea=${encodeURIComponent(idea.id)}`}
                  className="text-sm font-medium text-gold-foreground underline-offset-4 hover:underline"
                >
                  Plan it
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <nav aria-label="Filter ideas" className="-mx-1 flex gap-2 overflow-x-auto px-1 pb-1">
        {chips.map((chip) => (
          <Button
            key={chip.value}
            size="sm"
            variant={filter === chip.value ? "primary" : "secondary"}
            aria-pressed={filter === chip.value}
            onClick={() => setFilter(chip.value)}
            className="shrink-0"
          >
            {chip.label}
          </Button>
        ))}
      </nav>

      {shown.length === 0 ? (
        <EmptyState
          icon={Lightbulb}
          title={
            filter === "matches" ? "No matches yet" : filter === "waiting" ? "You're all caught up" : "No ideas here"
          }
          description={
            filter === "matches"
              ? "When you both say yes to an idea, it shows up here."
              : "Try another filter, or add an idea of your own."
          }
        />
      ) : (
        <ul className="grid gap-3">
          {shown.map((idea) => (
            <IdeaCard key={idea.id} idea={idea} partnerName={other} />
          ))}
        </ul>
      )}
    </div>
  );
}
