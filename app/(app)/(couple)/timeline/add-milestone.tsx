"use client";

import { Plus } from "lucide-react";
import { useState, useTransition } from "react";
import { useRunInView } from "@/app/_components/live/live-view";
import { Button } from "@/app/_components/ui/button";
import { DateField, toDateInputValue } from "@/app/_components/ui/date-field";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/app/_components/ui/dialog";
import { Field } from "@/app/_components/ui/field";
import { FormError } from "@/app/_components/ui/form";
import { Input, Textarea } from "@/app/_components/ui/input";
import { toast } from "@/app/_components/ui/toast";
import { useFormFields } from "@/lib/use-form-fields";
import { MILESTONE_NOTE_MAX, MILESTONE_TITLE_MAX } from "@/server/timeline/limits";
import { addMilestone } from "./actions";
import type { TimelineShown } from "./timeline-address";

const blank = () => ({ title: "", occurredOn: toDateInputValue(new Date()), note: "" });

/** A moment worth keeping, added by hand: a title, the day, and a note if they want one. */
export function AddMilestone({ shown }: { shown: TimelineShown }) {
  const run = useRunInView();
  const [open, setOpen] = useState(false);
  const form = useFormFields(blank());
  const [adding, startAdding] = useTransition();
  const add = (values: ReturnType<typeof blank>) =>
    startAdding(async () => {
      const result = await run(() => addMilestone(values, shown));
      if (!result.ok) return form.showRefusal(result);
      setOpen(false);
      form.reset(blank());
      toast.success("Added to your timeline.");
    });
  const { errors } = form;
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="gold" data-testid="add-milestone">
          <Plus aria-hidden />
          Add a milestone
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Add a milestone</DialogTitle>
          <DialogDescription>
            A moment you want to remember: a good talk, a first, a day that mattered.
          </DialogDescription>
        </DialogHeader>
        <form {...form.formProps(add)} className="grid gap-4">
          <Field
            label="What happened"
            error={errors.title}
            count={{ value: form.values.title, limit: MILESTONE_TITLE_MAX }}
          >
            <Input {...form.text("title")} required placeholder="e.g. Our first honest talk" />
          </Field>
          <Field label="When" error={errors.occurredOn}>
            <DateField {...form.text("occurredOn")} required max={toDateInputValue(new Date())} />
          </Field>
          <Field
            label="A note (optional)"
            error={errors.note}
            count={{ value: form.values.note, limit: MILESTONE_NOTE_MAX }}
          >
            <Textarea {...form.text("note")} rows={3} />
          </Field>
          <FormError message={errors.form} />
          <DialogFooter>
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={adding}>
              {adding ? "Adding…" : "Add"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
