"use client";

import { useRouter } from "next/navigation";
import { signOut } from "next-auth/react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { Field } from "@/app/_components/ui/field";
import { Input } from "@/app/_components/ui/input";
import { toast } from "@/app/_components/ui/toast";
import { updateProfileSchema } from "@/server/account/schema";
import { fieldErrorsOf, messageOf, useTRPC } from "@/lib/trpc";
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
          <Button variant="secondary" onClick={() => signOut({ callbackUrl: "/sign-in" })}>
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
  const update = useMutation(trpc.account.updateProfile.mutationOptions());
  const [zones] = useState(() => Intl.supportedValuesOf("timeZone"));
  const form = useForm<Profile>({ resolver: zodResolver(updateProfileSchema), defaultValues: me });

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await update.mutateAsync(values);
      toast.success("Saved.");
      router.refresh();
    } catch (error) {
      const fields = fieldErrorsOf(error);
      for (const [field, message] of Object.entries(fields)) form.setError(field as keyof Profile, { message });
      if (!Object.keys(fields).length) toast.error(messageOf(error));
    }
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
        <form onSubmit={onSubmit} noValidate className="grid gap-4">
          <Field label="Name" error={form.formState.errors.name?.message}>
            <Input autoComplete="given-name" {...form.register("name")} />
          </Field>
          <Field label="Time zone" error={form.formState.errors.timeZone?.message}>
            <select className="h-11 w-full rounded-md border border-input bg-card px-3" {...form.register("timeZone")}>
              {[...new Set([me.timeZone, ...zones])].map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replaceAll("_", " ")}
                </option>
              ))}
            </select>
          </Field>
          <Button type="submit" className="justify-self-start" disabled={form.formState.isSubmitting}>
            Save
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
