"use client";

import { Check, Plus, Trash2 } from "lucide-react";
import { useOptimistic, useState, useTransition } from "react";
import { useRunInView } from "@/app/_components/live/live-view";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { Field } from "@/app/_components/ui/field";
import { FormError } from "@/app/_components/ui/form";
import { Input, Textarea } from "@/app/_components/ui/input";
import { toast } from "@/app/_components/ui/toast";
import { useAddressChoice } from "@/lib/use-address-choice";
import { useFormFields } from "@/lib/use-form-fields";
import { IDEA_DESCRIPTION_MAX, IDEA_TITLE_MAX } from "@/server/dates/limits";
import { categoryLabels, type IdeaCategory, type IdeaReaction, ideaCategories } from "@/server/domain/date-kinds";
import { addIdea, reactToIdea, removeIdea } from "./actions";
import { type IdeasFilter, ideasHref } from "./ideas-address";

const reactionLabels: Record<IdeaReaction, string> = { yes: "Yes", maybe: "Maybe", no: "No" };

/** Choosing which ideas to see, kept in the address (`?show=`). */
export function IdeasFilterChips({
  chosen,
  chips,
}: {
  chosen: IdeasFilter;
  chips: { value: IdeasFilter; label: string }[];
}) {
  const [pressed, show] = useAddressChoice(chosen, ideasHref);
  return (
    <nav aria-label="Filter ideas" className="-mx-1 flex gap-2 overflow-x-auto px-1 pb-1">
      {chips.map((chip) => (
        <Button
          key={chip.value}
          size="sm"
          variant={pressed === chip.value ? "primary" : "secondary"}
          aria-pressed={pressed === chip.value}
          onClick={() => show(chip.value)}
          className="shrink-0"
        >
          {chip.label}
        </Button>
      ))}
    </nav>
  );
}

/** Yes, maybe or no: the chosen answer shows at once, and the bank comes back with it. */
export function IdeaAnswers({
  ideaId,
  title,
  answered,
  wasMatch,
  partnerName,
  filter,
}: {
  ideaId: string;
  title: string;
  answered: IdeaReaction | null;
  wasMatch: boolean;
  partnerName: string;
  filter: IdeasFilter;
}) {
  const run = useRunInView();
  const [pending, startAnswering] = useTransition();
  const [shown, show] = useOptimistic(answered);
  const [said, setSaid] = useState<IdeaReaction | null>(null);
  const answer = (reaction: IdeaReaction) =>
    startAnswering(async () => {
      show(reaction);
      setSaid(null);
      const result = await run(() => reactToIdea({ ideaId, reaction }, filter));
      if (!result.ok) return toast.error(result.error);
      setSaid(reaction);
      if (result.value.isMatch && !wasMatch) toast.success(`It's a match! You and ${partnerName} both said yes.`);
    });
  return (
    <>
      {(["yes", "maybe", "no"] as const).map((reaction) => (
        // The chosen answer is filled and ticked, not only tinted: it reads without colour too.
        <Button
          key={reaction}
          size="sm"
          variant={shown === reaction ? "primary" : "outline"}
          aria-pressed={shown === reaction}
          disabled={pending}
          onClick={() => answer(reaction)}
          data-testid={`answer-${reaction}`}
        >
          {shown === reaction && <Check aria-hidden />}
          {reactionLabels[reaction]}
        </Button>
      ))}
      <span className="sr-only" role="status" data-testid="answer-status">
        {said ? `You said ${reactionLabels[said].toLowerCase()} to “${title}”.` : ""}
      </span>
    </>
  );
}

/** Taking back an idea of my own; the bank comes back without it. */
export function RemoveIdea({ ideaId, filter }: { ideaId: string; filter: IdeasFilter }) {
  const run = useRunInView();
  const [pending, startRemoving] = useTransition();
  const remove = () =>
    startRemoving(async () => {
      const result = await run(() => removeIdea(ideaId, filter));
      if (!result.ok) return toast.error(result.error);
      toast.success("Idea removed.");
    });
  return (
    <Button size="sm" variant="ghost" onClick={remove} disabled={pending}>
      <Trash2 aria-hidden />
      Remove
    </Button>
  );
}

const blank = { title: "", description: "", category: "at_home" as IdeaCategory };

/** An idea of our own, behind a button: the server's messages show beside the fields; the bank comes back with it in. */
export function AddIdea({ filter }: { filter: IdeasFilter }) {
  const run = useRunInView();
  const [open, setOpen] = useState(false);
  const form = useFormFields(blank);
  const [adding, startAdding] = useTransition();
  const add = (values: typeof blank) =>
    startAdding(async () => {
      const result = await run(() => addIdea(values, filter));
      if (!result.ok) return form.showRefusal(result);
      toast.success("Added. It counts as your yes.");
      form.reset();
      setOpen(false);
    });

  if (!open) {
    return (
      <div>
        <Button variant="secondary" onClick={() => setOpen(true)}>
          <Plus aria-hidden />
          Add your own idea
        </Button>
      </div>
    );
  }
  return (
    <Card>
      <CardHeader>
        <CardTitle>Add your own idea</CardTitle>
        <CardDescription>Something only the two of you would think of.</CardDescription>
      </CardHeader>
      <CardContent>
        <form {...form.formProps(add)} className="grid gap-4">
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
            <select className="h-11 w-full rounded-md border border-input bg-card px-3" {...form.text("category")}>
              {ideaCategories.map((category) => (
                <option key={category} value={category}>
                  {categoryLabels[category]}
                </option>
              ))}
            </select>
          </Field>
          <FormError message={form.errors.form} />
          <div className="flex gap-2">
            <Button type="submit" disabled={adding}>
              {adding ? "Adding…" : "Add idea"}
            </Button>
            <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
              Not now
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}
