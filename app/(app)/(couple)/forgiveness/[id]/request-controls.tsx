"use client";

import { Clock, HeartHandshake, PauseCircle } from "lucide-react";
import { useState, useTransition } from "react";
import { useRunInView } from "@/app/_components/live/live-view";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { Field } from "@/app/_components/ui/field";
import { FormError } from "@/app/_components/ui/form";
import { Textarea } from "@/app/_components/ui/input";
import { toast } from "@/app/_components/ui/toast";
import { NOTE_MAX } from "@/server/forgiveness/limits";
import type { AnswerInput } from "@/server/forgiveness/schema";
import type { RequestView } from "../_components/request-parts";
import { answerRequest, withdrawRequest } from "../actions";

/** The three answers to a request asked of me; the page comes back with the answer in. */
export function AnswerCard({ id, kind, authorName }: { id: string; kind: RequestView["kind"]; authorName: string }) {
  const run = useRunInView();
  const [writingNote, setWritingNote] = useState(false);
  const [note, setNote] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, startAnswering] = useTransition();
  const secondChance = kind === "second_chance";

  /** The refusal's words, or nothing once the answer is in. */
  async function give(input: AnswerInput) {
    setProblem(null);
    const result = await run(() => answerRequest(input));
    if (!result.ok) {
      setProblem(result.error);
      return result.error;
    }
    setWritingNote(false);
    setNote("");
    toast.success("Your answer was sent.");
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Your answer</CardTitle>
        <CardDescription>
          There is no deadline. “Not yet” is a normal answer, and you can answer again whenever you're ready.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {writingNote ? (
          <form
            className="grid gap-3"
            onSubmit={(event) => {
              event.preventDefault();
              // The counter under the note already says it's too long.
              if (note.trim().length > NOTE_MAX) return;
              startAnswering(
                async () => void (await give({ id, answer: "more_time", note: note.trim() || undefined })),
              );
            }}
          >
            <Field label={`A note for ${authorName} (optional)`} count={{ value: note, limit: NOTE_MAX }}>
              <Textarea value={note} onChange={(event) => setNote(event.target.value)} />
            </Field>
            <div className="flex flex-wrap gap-2">
              <Button type="submit" disabled={pending}>
                <Clock aria-hidden />
                Send “I need more time”
              </Button>
              <Button variant="ghost" onClick={() => setWritingNote(false)}>
                Back
              </Button>
            </div>
          </form>
        ) : (
          <div className="grid gap-2 sm:grid-cols-3">
            <ConfirmDialog
              trigger={
                <Button variant="gold" size="wrap">
                  <HeartHandshake aria-hidden />
                  {secondChance ? "Yes, I'll give you a second chance" : "I forgive you"}
                </Button>
              }
              title={secondChance ? `Give ${authorName} a second chance?` : `Forgive ${authorName}?`}
              description="This answer is final, and it will be kept on your timeline. Only say it if it's true for you now."
              confirmLabel={secondChance ? "Give a second chance" : "I forgive you"}
              cancelLabel="Not now"
              onConfirm={() => give({ id, answer: "forgive" })}
            />
            <Button variant="secondary" size="wrap" onClick={() => setWritingNote(true)}>
              <Clock aria-hidden />I need more time
            </Button>
            <Button
              variant="secondary"
              size="wrap"
              disabled={pending}
              onClick={() => startAnswering(async () => void (await give({ id, answer: "not_ready" })))}
            >
              <PauseCircle aria-hidden />
              I'm not ready to talk about this
            </Button>
          </div>
        )}
        <FormError message={problem} />
      </CardContent>
    </Card>
  );
}

/** Withdrawing my own open request; the page comes back with it withdrawn. */
export function WithdrawCard({ id, recipientName }: { id: string; recipientName: string }) {
  const run = useRunInView();
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-border bg-muted/50 p-4">
      <p className="text-sm text-muted-foreground">You can withdraw this request while it is still open.</p>
      <ConfirmDialog
        trigger={<Button variant="ghost">Withdraw request</Button>}
        title="Withdraw this request?"
        description={`${recipientName} won't be able to answer it any more. It stays in your shared history as withdrawn.`}
        confirmLabel="Withdraw"
        cancelLabel="Keep it open"
        onConfirm={async () => {
          const result = await run(() => withdrawRequest(id));
          if (!result.ok) return result.error;
          toast.success("Request withdrawn.");
        }}
      />
    </div>
  );
}
