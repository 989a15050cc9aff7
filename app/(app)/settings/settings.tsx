"use client";

import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { Field } from "@/app/_components/ui/field";
import { FormError } from "@/app/_components/ui/form";
import { Input } from "@/app/_components/ui/input";
import { toast } from "@/app/_components/ui/toast";
import { signOutTo } from "@/lib/sign-in";
import { useTRPC } from "@/lib/trpc";
import { useFormFields } from "@/lib/use-form-fields";
import { UnlinkCard } from "./unlink-card";
import { SecurityCard } from "./security-card";
import { SessionsCard } from "./sessions-card";
import { PastSpaces } from "./past-spaces";
import { DataCard } from "./data-card";
import { CounsellorShareCard } from "./counsellor-share-card";
import { SafetyCard } from "./safety-card";
import { PageTitle } from "@/app/_components/ui/page-title";
import { EmailCard } from "./email-card";
import { NotificationsCard } from "./notifications-card";

type Profile = { name: string; timeZone: string };

export function Settings({
  me,
  partnerName,
  inCouple,
}: {
  me: Profile & { email: string };
  partnerName: string | null;
  inCouple: boolean;
}) {
  return (
    <div className="grid gap-6">
      <PageTitle>Settings</PageTitle>
      <ProfileCard me={me} />
      <EmailCard email={me.email} />
      <NotificationsCard />
      <SecurityCard email={me.email} />
      <SessionsCard />
      {inCouple && <CounsellorShareCard partnerName={partnerName} timeZone={me.timeZone} />}
      <SafetyCard />
      {inCouple && <UnlinkCard partnerName={partnerName} />}
      <PastSpaces />
      <DataCard partnerName={partnerName} inCouple={inCouple} />
      <Card>
        <CardHeader>
          <CardTitle>Sign out</CardTitle>
          <CardDescription>Signed in as {me.email}.</CardDescription>
        </CardHeader>
        <CardContent>
          <Button variant="secondary" onClick={() => signOutTo("/sign-in").catch((error) => toast.error(error))}>
            Sign out
          </Button>
        </CardContent>
      </Card>
    </div>
  );
}

function ProfileCard({ me }: { me: Profile }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [zones] = useState(() => Intl.supportedValuesOf("timeZone"));
  const form = useFormFields<Profile>({ name: me.name, timeZone: me.timeZone });
  const update = useMutation(
    trpc.account.updateProfile.mutationOptions({
      onSuccess: () => {
        toast.success("Saved.");
        router.refresh();
      },
      onError: form.showError,
    }),
  );

  return (
    <Card>
      <CardHeader>
        <CardTitle>You</CardTitle>
        <CardDescription>
          Your time zone decides when your days begin and end, for streaks and reminders.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form
          ref={form.formRef}
          onSubmit={(event) => {
            event.preventDefault();
            update.mutate(form.values);
          }}
          noValidate
          className="grid gap-4"
        >
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
          <Button type="submit" className="justify-self-start" disabled={update.isPending}>
            Save
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
