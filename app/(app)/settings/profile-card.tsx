"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { Field } from "@/app/_components/ui/field";
import { FormError } from "@/app/_components/ui/form";
import { Input } from "@/app/_components/ui/input";
import { toast } from "@/app/_components/ui/toast";
import { useFormFields } from "@/lib/use-form-fields";
import { updateProfile } from "./actions";

type Profile = { name: string; timeZone: string };

/** Name and time zone. */
export function ProfileCard({ me }: { me: Profile }) {
  const router = useRouter();
  const [zones] = useState(() => Intl.supportedValuesOf("timeZone"));
  const form = useFormFields<Profile>({ name: me.name, timeZone: me.timeZone });
  const [saving, startSaving] = useTransition();
  const save = (values: Profile) =>
    startSaving(async () => {
      const result = await updateProfile(values);
      if (!result.ok) return form.showRefusal(result);
      toast.success("Saved.");
      // The shell shows the name too: the whole page renders again.
      router.refresh();
    });

  return (
    <Card>
      <CardHeader>
        <CardTitle>You</CardTitle>
        <CardDescription>
          Your time zone decides when your days begin and end, for streaks and reminders.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form {...form.formProps(save)} className="grid gap-4">
          <Field label="Name" error={form.errors.name}>
            <Input autoComplete="given-name" required {...form.text("name")} />
          </Field>
          <Field label="Time zone" error={form.errors.timeZone}>
            <select className="h-11 w-full rounded-md border border-input bg-card px-3" {...form.text("timeZone")}>
              {[...new Set([me.timeZone, ...zones])].map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replaceAll("_", " ")}
                </option>
              ))}
            </select>
          </Field>
          <FormError message={form.errors.form} />
          <Button type="submit" className="justify-self-start" disabled={saving}>
            Save
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
