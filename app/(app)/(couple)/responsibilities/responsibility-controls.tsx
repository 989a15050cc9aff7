"use client";

import { Check, Plus } from "lucide-react";
import { useState } from "react";
import { ActionForm } from "@/app/_components/actions/action-form";
import { useRunInView } from "@/app/_components/live/live-view";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { toast } from "@/app/_components/ui/toast";
import type { SuggestChangeFormInput } from "@/server/responsibilities/schema";
import { agreeToResponsibility, declineResponsibility, proposeResponsibility, suggestChange } from "./actions";
import { TermsForm } from "./terms-form";

/** The button that opens the proposal form, and the form; the lists come back with the proposal in. */
export function ProposeResponsibility({ partnerName }: { partnerName: string }) {
  const run = useRunInView();
  const [proposing, setProposing] = useState(false);
  if (!proposing) {
    return (
      <Button className="justify-self-start" onClick={() => setProposing(true)}>
        <Plus aria-hidden /> Propose a responsibility
      </Button>
    );
  }
  return (
    <Card>
      <CardHeader>
        <CardTitle>Propose a responsibility</CardTitle>
        <CardDescription>It counts once {partnerName} agrees. They can also suggest a change.</CardDescription>
      </CardHeader>
      <CardContent>
        <TermsForm
          mode="propose"
          partnerName={partnerName}
          onCancel={() => setProposing(false)}
          send={({ note: _note, ...terms }) => run(() => proposeResponsibility(terms))}
          onSent={() => {
            setProposing(false);
            toast.success(`Proposed. It's with ${partnerName} now.`);
          }}
        />
      </CardContent>
    </Card>
  );
}

/** A proposal waiting on me: agree, suggest other terms (its own form, filled with these), or decline. */
export function AnswerProposal({
  id,
  terms,
  partnerName,
}: {
  id: string;
  terms: Partial<SuggestChangeFormInput>;
  partnerName: string;
}) {
  const run = useRunInView();
  const [suggesting, setSuggesting] = useState(false);
  if (suggesting) {
    return (
      <TermsForm
        mode="suggest"
        partnerName={partnerName}
        defaults={terms}
        onCancel={() => setSuggesting(false)}
        send={(values) => run(() => suggestChange({ id, ...values }))}
        onSent={() => {
          setSuggesting(false);
          toast.success(`Suggestion sent to ${partnerName}.`);
        }}
      />
    );
  }
  return (
    <div className="flex flex-wrap gap-2">
      <ActionForm action={() => agreeToResponsibility(id)}>
        <Button type="submit">
          <Check aria-hidden /> Agree
        </Button>
      </ActionForm>
      <Button variant="secondary" onClick={() => setSuggesting(true)}>
        Suggest a change
      </Button>
      <ConfirmDialog
        trigger={<Button variant="ghost">Decline</Button>}
        title="Decline this responsibility?"
        description={`${partnerName} will see that you declined. You can always propose something else.`}
        confirmLabel="Decline"
        onConfirm={async () => {
          const result = await run(() => declineResponsibility(id));
          if (!result.ok) return result.error;
        }}
      />
    </div>
  );
}
