"use client";

import { useState, useTransition, type ReactNode } from "react";
import { useRunInView } from "@/app/_components/live/live-view";
import { Button } from "@/app/_components/ui/button";
import { Input } from "@/app/_components/ui/input";
import { toast } from "@/app/_components/ui/toast";
import type { NotificationSettingsInput } from "@/server/notifications/schema";
import { saveNotifications } from "./actions";

const KINDS: { key: "waiting" | "dates" | "milestones"; label: string; hint: string }[] = [
  {
    key: "waiting",
    label: "Something waiting on me",
    hint: "A request or an answer, a responsibility to agree to, a vent to acknowledge.",
  },
  { key: "dates", label: "A date coming up", hint: "The day before. A surprise only as “a date is coming up”." },
  { key: "milestones", label: "Milestones", hint: "When one is reached." },
];

const PERIODS: { value: NotificationSettingsInput["period"]; label: string }[] = [
  { value: "immediately", label: "Right away" },
  { value: "twice_daily", label: "At most twice a day" },
  { value: "daily", label: "At most once a day" },
];

const pad = (value: number) => String(value).padStart(2, "0");
const asTime = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
const asMinutes = (time: string) => {
  const [hours = "0", minutes = "0"] = time.split(":");
  return Number(hours) * 60 + Number(minutes);
};

function Check({
  checked,
  onChange,
  children,
  hint,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
  hint?: string;
}) {
  return (
    <label className="flex items-start gap-3">
      <input
        type="checkbox"
        className="mt-1 size-4 accent-current"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span className="grid gap-0.5">
        <span className="text-sm font-medium">{children}</span>
        {hint && <span className="text-sm text-muted-foreground">{hint}</span>}
      </span>
    </label>
  );
}

/** The choices as saved, to change here; what was ticked stays as it is while the page renders again around it. */
export function NotificationsForm({ saved }: { saved: NotificationSettingsInput }) {
  const run = useRunInView();
  const [draft, setDraft] = useState(saved);
  const [saving, startSaving] = useTransition();

  const set = <K extends keyof NotificationSettingsInput>(key: K, value: NotificationSettingsInput[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  return (
    <form
      className="grid gap-6"
      onSubmit={(event) => {
        event.preventDefault();
        startSaving(async () => {
          const result = await run(() => saveNotifications(draft));
          if (result.ok) toast.success("Saved.");
          else toast.error(result.error);
        });
      }}
    >
      <fieldset className="grid gap-3">
        <legend className="mb-2 text-sm font-semibold">Email me about</legend>
        {KINDS.map((kind) => (
          <Check
            key={kind.key}
            checked={draft[kind.key]}
            onChange={(checked) => set(kind.key, checked)}
            hint={kind.hint}
          >
            {kind.label}
          </Check>
        ))}
      </fieldset>
      <fieldset className="grid gap-2">
        <legend className="mb-2 text-sm font-semibold">How often</legend>
        {PERIODS.map((period) => (
          <label key={period.value} className="flex items-center gap-3 text-sm">
            <input
              type="radio"
              name="period"
              className="size-4 accent-current"
              checked={draft.period === period.value}
              onChange={() => set("period", period.value)}
            />
            {period.label}
          </label>
        ))}
      </fieldset>
      <fieldset className="grid gap-2">
        <legend className="mb-2 text-sm font-semibold">Quiet hours, in your time zone</legend>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <label className="flex items-center gap-2">
            From
            <Input
              type="time"
              className="w-32"
              value={asTime(draft.quietStart)}
              onChange={(event) => set("quietStart", asMinutes(event.target.value))}
            />
          </label>
          <label className="flex items-center gap-2">
            to
            <Input
              type="time"
              className="w-32"
              value={asTime(draft.quietEnd)}
              onChange={(event) => set("quietEnd", asMinutes(event.target.value))}
            />
          </label>
        </div>
      </fieldset>
      <Check
        checked={draft.showDetails}
        onChange={(checked) => set("showDetails", checked)}
        hint="Off, a mail says only “You have an update”, from a neutral sender. On, it names the app and the kinds of update. Never anyone's words."
      >
        Show the app&apos;s name and the kinds of update
      </Check>
      <Button type="submit" className="justify-self-start" disabled={saving}>
        {saving ? "Saving…" : "Save notifications"}
      </Button>
    </form>
  );
}
