"use client";

import { useState, useTransition } from "react";
import { useRunInView } from "@/app/_components/live/live-view";
import { toast } from "@/app/_components/ui/toast";
import { cn } from "@/lib/cn";
import type { ChartRange, SharingLevel } from "@/server/check-ins/limits";
import { shareCheckIns } from "./actions";

function options(partnerName: string): { level: SharingLevel; label: string; detail: string }[] {
  return [
    { level: "nothing", label: "Nothing", detail: `Your check-ins stay yours. ${partnerName} isn't told they exist.` },
    {
      level: "direction",
      label: "The direction",
      detail: `${partnerName} sees whether each is rising, steady or falling: your last seven check-ins against the seven before. No numbers, no days.`,
    },
    {
      level: "numbers",
      label: "The numbers",
      detail: `${partnerName} sees your readings and their averages. Never your notes.`,
    },
  ];
}

/** What my partner sees of my check-ins; a change applies to the past too, so "nothing" really hides it all. */
export function SharingChoice({
  level,
  partnerName,
  range,
}: {
  level: SharingLevel;
  partnerName: string;
  range: ChartRange;
}) {
  const run = useRunInView();
  const [chosen, setChosen] = useState(level);
  const [sharing, startSharing] = useTransition();
  const share = (next: SharingLevel) =>
    startSharing(async () => {
      setChosen(next);
      const result = await run(() => shareCheckIns(next, range));
      if (!result.ok) {
        setChosen(level);
        toast.error(result.error);
        return;
      }
      const saved = result.value.level;
      toast.success(
        saved === "nothing"
          ? `${partnerName} no longer sees anything of your check-ins.`
          : saved === "direction"
            ? `${partnerName} now sees the direction only.`
            : `${partnerName} now sees your numbers.`,
      );
    });
  return (
    <fieldset className="grid gap-2" data-testid="sharing-choice">
      <legend className="mb-1 text-sm font-medium">What {partnerName} sees</legend>
      {options(partnerName).map((option) => (
        <label
          key={option.level}
          className={cn(
            "flex cursor-pointer items-start gap-3 rounded-lg border px-3 py-3 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-ring",
            chosen === option.level ? "border-gold bg-gold-soft/50" : "border-border hover:bg-muted",
          )}
        >
          <input
            type="radio"
            name="sharing"
            value={option.level}
            checked={chosen === option.level}
            disabled={sharing}
            onChange={() => share(option.level)}
            className="mt-1 size-4 accent-[var(--gold)]"
          />
          <span className="grid gap-0.5">
            <span className="font-medium">{option.label}</span>
            <span className="text-sm text-muted-foreground">{option.detail}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
