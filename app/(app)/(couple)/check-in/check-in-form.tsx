"use client";

import { useState, useTransition, type FormEvent } from "react";
import { useRunInView } from "@/app/_components/live/live-view";
import { Button } from "@/app/_components/ui/button";
import { Field } from "@/app/_components/ui/field";
import { FormError } from "@/app/_components/ui/form";
import { Textarea } from "@/app/_components/ui/input";
import { toast } from "@/app/_components/ui/toast";
import { cn } from "@/lib/cn";
import { shortWeekdayDate } from "@/lib/date-words";
import { CHECK_IN_NOTE_MAX, type ChartRange } from "@/server/check-ins/limits";
import { recordCheckIn } from "./actions";
import { measureLooks, measures, type Measure } from "./measures";

type Reading = Record<Measure, number> & { day: string; note: string | null };
type Values = Record<Measure, number | null>;

const SCALE = Array.from({ length: 11 }, (_, value) => value);

function dayLabel(day: string, index: number) {
  if (index === 0) return `Today, ${shortWeekdayDate(day)}`;
  if (index === 1) return `Yesterday, ${shortWeekdayDate(day)}`;
  return shortWeekdayDate(day);
}

const empty: Values = { safety: null, trust: null, connection: null };

/** Three taps and a save: today's reading, or a missed day's, with a note only its author sees. */
export function CheckInForm({ days, recent, range }: { days: string[]; recent: Reading[]; range: ChartRange }) {
  const today = days[0]!;
  const run = useRunInView();
  const [saving, startSaving] = useTransition();
  const existing = (day: string) => recent.find((reading) => reading.day === day) ?? null;
  const [day, setDay] = useState(today);
  const [values, setValues] = useState<Values>(() => existing(today) ?? empty);
  const [note, setNote] = useState(() => existing(today)?.note ?? "");
  const [errors, setErrors] = useState<Record<string, string>>({});

  const chooseDay = (next: string) => {
    const reading = existing(next);
    setDay(next);
    setValues(reading ?? empty);
    setNote(reading?.note ?? "");
    setErrors({});
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = measures.filter((measure) => values[measure] === null);
    if (missing.length) {
      setErrors(
        Object.fromEntries(
          missing.map((measure) => [measure, `Choose a number for ${measureLooks[measure].label.toLowerCase()}.`]),
        ),
      );
      return;
    }
    setErrors({});
    const reading = { day, safety: values.safety!, trust: values.trust!, connection: values.connection!, note };
    startSaving(async () => {
      const result = await run(() => recordCheckIn(reading, range));
      if (!result.ok) {
        setErrors(Object.keys(result.fieldErrors).length ? result.fieldErrors : { form: result.error });
        return;
      }
      toast.success(
        day === today
          ? "Checked in for today. Thank you for taking the minute."
          : `Saved for ${shortWeekdayDate(day)}.`,
      );
    });
  };

  const saved = existing(day);

  return (
    <form onSubmit={submit} className="grid gap-5" noValidate data-testid="check-in-form">
      <Field
        label="Which day"
        hint={saved ? "You checked in on this day: saving replaces it." : undefined}
        error={errors.day}
      >
        <select
          value={day}
          onChange={(event) => chooseDay(event.target.value)}
          className="h-11 w-full rounded-md border border-input bg-card px-3 text-base focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-ring"
          data-testid="check-in-day"
        >
          {days.map((option, index) => (
            <option key={option} value={option}>
              {dayLabel(option, index)}
              {existing(option) ? " · checked in" : ""}
            </option>
          ))}
        </select>
      </Field>

      {measures.map((measure) => (
        <ScaleField
          key={`${day}-${measure}`}
          measure={measure}
          value={values[measure]}
          error={errors[measure]}
          onChange={(value) => setValues((current) => ({ ...current, [measure]: value }))}
        />
      ))}

      <Field label="A note for yourself (optional)" hint="Only you will ever see this note." error={errors.note}>
        <Textarea
          value={note}
          onChange={(event) => setNote(event.target.value)}
          maxLength={CHECK_IN_NOTE_MAX}
          height="short"
          data-testid="check-in-note"
        />
      </Field>

      <FormError message={errors.form} />
      <div>
        <Button type="submit" disabled={saving} data-testid="check-in-save">
          {saving ? "Saving…" : saved ? "Update this day" : "Save check-in"}
        </Button>
      </div>
    </form>
  );
}

function ScaleField({
  measure,
  value,
  error,
  onChange,
}: {
  measure: Measure;
  value: number | null;
  error?: string;
  onChange: (value: number) => void;
}) {
  const look = measureLooks[measure];
  const errorId = `${measure}-error`;
  return (
    <fieldset className="grid gap-2" aria-describedby={error ? errorId : undefined} data-testid={`scale-${measure}`}>
      <legend className="mb-1 text-sm">
        <span className="font-medium">{look.label}</span>
        <span className="text-muted-foreground"> · {look.question}</span>
      </legend>
      <div className="grid grid-cols-11 gap-0.5">
        {SCALE.map((option) => (
          <label
            key={option}
            className={cn(
              "flex h-11 cursor-pointer items-center justify-center rounded-md border text-sm tabular-nums has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-ring",
              value === option
                ? "border-gold bg-gold-soft font-semibold text-gold-foreground"
                : "border-border bg-card hover:bg-muted",
            )}
          >
            <input
              type="radio"
              name={measure}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
              className="sr-only"
              aria-label={`${look.label} ${option} of 10`}
            />
            {option}
          </label>
        ))}
      </div>
      <div className="flex justify-between text-xs text-muted-foreground" aria-hidden>
        <span>0 · {look.low}</span>
        <span>10 · {look.high}</span>
      </div>
      {error && (
        <p id={errorId} className="text-sm font-medium text-danger" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
