"use client";

import { useMutation } from "@tanstack/react-query";
import { zodResolver } from "@hookform/resolvers/zod";
import { Plus } from "lucide-react";
import { useState } from "react";
import { useForm } from "react-hook-form";
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
import { Input, Textarea } from "@/app/_components/ui/input";
import { toast } from "@/app/_components/ui/toast";
import { fieldErrorsOf, useTRPC } from "@/lib/trpc";
import {
  addMilestoneSchema,
  MILESTONE_NOTE_MAX,
  MILESTONE_TITLE_MAX,
  type AddMilestoneInput,
} from "@/server/timeline/schema";
import type { z } from "zod";

type AddMilestoneOutput = z.output<typeof addMilestoneSchema>;

/** A moment worth keeping, added by hand: a title, the day, and a note if they want one. */
export function AddMilestone({ onAdded }: { onAdded: () => void }) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const form = useForm<AddMilestoneInput, unknown, AddMilestoneOutput>({
    resolver: zodResolver(addMilestoneSchema),
    defaultValues: { title: "", occurredOn: toDateInputValue(new Date()), note: "" },
  });
  const add = useMutation(
    trpc.timeline.add.mutationOptions({
      onSuccess: () => {
        setOpen(false);
        form.reset({ title: "", occurredOn: toDateInputValue(new Date()), note: "" });
        toast.success("Added to your timeline.");
        onAdded();
      },
      onError: (error) => {
        const fields = Object.entries(fieldErrorsOf(error));
        for (const [field, message] of fields) {
          if (field === "title" || field === "occurredOn" || field === "note") form.setError(field, { message });
        }
        if (fields.length === 0) toast.error(error);
      },
    }),
  );
  const { errors } = form.formState;
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
        <form
          onSubmit={form.handleSubmit((values) => add.mutate({ ...values, note: values.note ?? undefined }))}
          className="grid gap-4"
          noValidate
        >
          <Field
            label="What happened"
            error={errors.title?.message}
            count={{ value: form.watch("title"), limit: MILESTONE_TITLE_MAX }}
          >
            <Input {...form.register("title")} placeholder="e.g. Our first honest talk" />
          </Field>
          <Field label="When" error={errors.occurredOn?.message}>
            <DateField {...form.register("occurredOn")} max={toDateInputValue(new Date())} />
          </Field>
          <Field
            label="A note (optional)"
            error={errors.note?.message}
            count={{ value: form.watch("note") ?? "", limit: MILESTONE_NOTE_MAX }}
          >
            <Textarea {...form.register("note")} rows={3} />
          </Field>
          <DialogFooter>
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={add.isPending}>
              {add.isPending ? "Adding…" : "Add"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
