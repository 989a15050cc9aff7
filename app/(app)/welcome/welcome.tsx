"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { FormSubmit } from "@/app/_components/form-submit";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { Field } from "@/app/_components/ui/field";
import { Input } from "@/app/_components/ui/input";
import { useFormAction, useFormFields } from "@/lib/use-form-fields";
import { InviteShare } from "../(couple)/dashboard/invite-share";
import { createSpace, joinSpace } from "./actions";

type Invite = { code: string; expiresAt: Date };

export function Welcome({ name, today }: { name: string; today: string }) {
  const [invite, setInvite] = useState<Invite | null>(null);
  return (
    <div className="grid gap-6">
      <div>
        <h1 className="text-3xl font-semibold">Welcome, {name}.</h1>
        <p className="mt-2 text-muted-foreground">
          Kintsugi is a space for two. Start one and invite your partner, or join the one they started.
        </p>
      </div>
      {invite ? <CreatedSpace invite={invite} /> : <CreateSpace today={today} onCreated={setInvite} />}
      {!invite && <JoinWithCode />}
    </div>
  );
}

function CreateSpace({ today, onCreated }: { today: string; onCreated: (invite: Invite) => void }) {
  const form = useFormFields({ repairBeganOn: today });
  const create = useFormAction(form, createSpace, onCreated);

  return (
    <Card>
      <CardHeader>
        <CardTitle>Start your couple space</CardTitle>
        <CardDescription>You'll get a private invite link to send to your partner.</CardDescription>
      </CardHeader>
      <CardContent>
        <form {...form.formProps(create.send)} className="grid gap-4">
          <Field
            label="When did you begin mending?"
            hint="The day you both chose to rebuild. Your timeline counts from here; today is fine."
            error={form.errors.repairBeganOn}
          >
            <Input type="date" max={today} required {...form.text("repairBeganOn")} />
          </Field>
          <FormSubmit
            error={form.errors.form}
            submitting={create.pending}
            submitLabel="Create our space"
            busyLabel="Creating…"
          />
        </form>
      </CardContent>
    </Card>
  );
}

function CreatedSpace({ invite }: { invite: Invite }) {
  const router = useRouter();
  return (
    <Card>
      <CardHeader>
        <CardTitle>Your space is ready</CardTitle>
        <CardDescription>Send this link to your partner. It works once and lasts 7 days.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <InviteShare invite={invite} />
        <Button
          size="lg"
          variant="secondary"
          onClick={() => {
            router.push("/dashboard");
            router.refresh();
          }}
        >
          Go to our dashboard
        </Button>
      </CardContent>
    </Card>
  );
}

function JoinWithCode() {
  const router = useRouter();
  const form = useFormFields({ code: "" });
  const join = useFormAction(form, joinSpace, () => {
    router.push("/dashboard");
    router.refresh();
  });

  return (
    <Card>
      <CardHeader>
        <CardTitle>Have an invite code?</CardTitle>
        <CardDescription>If your partner already started your space, enter the code from their link.</CardDescription>
      </CardHeader>
      <CardContent>
        <form {...form.formProps(join.send)} className="grid gap-4">
          <Field label="Invite code" error={form.errors.code ?? form.errors.form}>
            <Input
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              placeholder="XXXX-XXXX-…"
              required
              {...form.text("code")}
            />
          </Field>
          <FormSubmit
            submitting={join.pending}
            submitLabel="Join my partner"
            busyLabel="Joining…"
            size="md"
            variant="secondary"
          />
        </form>
      </CardContent>
    </Card>
  );
}
