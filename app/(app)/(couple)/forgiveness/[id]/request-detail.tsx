"use client";

import Link from "next/link";
import { useState } from "react";
import { longDate } from "@/lib/date-words";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ArrowLeft, Clock, HeartHandshake, PauseCircle } from "lucide-react";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { ErrorState } from "@/app/_components/ui/error-state";
import { FormError } from "@/app/_components/ui/form";
import { Field } from "@/app/_components/ui/field";
import { Textarea } from "@/app/_components/ui/input";
import { toast } from "@/app/_components/ui/toast";
import { useTRPC } from "@/lib/trpc";
import { messageOf } from "@/lib/trpc-errors";
import { isStillOpen } from "@/db/schema/forgiveness-status";
import { NOTE_MAX } from "@/server/forgiveness/limits";
import { RequestParts, StatusBadge, answerLabel, titleOf, type RequestView } from "../_components/request-parts";
import { PageTitle } from "@/app/_components/ui/page-title";

export function RequestDetail({ initial }: { initial: RequestView }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.forgiveness.get.queryOptions({ id: initial.id }, { initialData: initial }));
  if (query.isError && !query.data) return <ErrorState onRetry={() => query.refetch()} />;
  const request = query.data ?? initial;
  const open = isStillOpen(request.status);

  return (
    <div className="grid gap-6">
      <Link
        href="/forgiveness"
        className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground"
      >
        <ArrowLeft aria-hidden className="size-4" />
        Forgiveness
      </Link>
      <header className="grid gap-2">
        <PageTitle>{titleOf(request)}</PageTitle>
        <div className="flex flex-wrap items-center gap-3 text-sm text-muted-foreground">
          <StatusBadge status={request.status} kind={request.kind} />
          {request.sentAt && <span>Sent {longDate(request.sentAt)}</span>}
        </div>
      </header>

      <Card>
        <CardContent standalone>
          <RequestParts request={request} />
        </CardContent>
      </Card>

      <AnswerHistory request={request} />

      {open && request.side === "theirs" && <AnswerCard request={request} />}
      {open && request.side === "mine" && <WithdrawCard request={request} />}
    </div>
  );
}

function AnswerHistory({ request }: { request: RequestView }) {
  if (request.answers.length === 0 && request.status !== "withdrawn") {
    if (request.side === "mine" && request.status === "open") {
      return (
        <p className="text-sm text-muted-foreground">
          {request.recipientName} hasn't answered yet. There's no deadline, and we won't send them reminders.
        </p>
      );
    }
    return null;
  }
  const answerer = request.side === "mine" ? request.recipientName : "You";
  return (
    <section aria-labelledby="answers-heading" className="grid gap-3">
      <h2 id="answers-heading" className="text-lg font-semibold">
        Answers
      </h2>
      <ol className="grid gap-3" data-testid="answers">
        {request.answers.map((answer, index) => (
          <li key={index} className="grid gap-1 rounded-lg border border-border bg-card p-4">
            <p>
              <span className="font-medium">{answerer}:</span> {answerLabel(answer.answer, request.kind)}
            </p>
            {answer.note && <p className="whitespace-pre-wrap text-muted-foreground">“{answer.note}”</p>}
            <time className="text-xs text-muted-foreground" dateTime={answer.answeredAt.toISOString()}>
              {longDate(answer.answeredAt)}
            </time>
          </li>
        ))}
        {request.status === "withdrawn" && request.closedAt && (
          <li className="rounded-lg border border-dashed border-input p-4 text-muted-foreground">
            {request.side === "mine" ? "You" : request.authorName} withdrew this request on {longDate(request.closedAt)}
            .
          </li>
        )}
      </ol>
    </section>
  );
}

function useRefreshForgiveness() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.forgiveness.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.dashboard.pathKey() }),
    ]);
}

function AnswerCard({ request }: { request: RequestView }) {
  const trpc = useTRPC();
  const refresh = useRefreshForgiveness();
  const answer = useMutation(trpc.forgiveness.answer.mutationOptions());
  const [writingNote, setWritingNote] = useState(false);
  const [note, setNote] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const secondChance = request.kind === "second_chance";

  async function give(input: Parameters<typeof answer.mutateAsync>[0], done: string) {
    setProblem(null);
    try {
      await answer.mutateAsync(input);
      await refresh();
      setWritingNote(false);
      setNote("");
      toast.success(done);
    } catch (error) {
      setProblem(messageOf(error));
      throw error;
    }
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
              void give(
                { id: request.id, answer: "more_time", note: note.trim() || undefined },
                "Your answer was sent.",
              ).catch(() => {});
            }}
          >
            <Field label={`A note for ${request.authorName} (optional)`} count={{ value: note, limit: NOTE_MAX }}>
              <Textarea value={note} onChange={(event) => setNote(event.target.value)} />
            </Field>
            <div className="flex flex-wrap gap-2">
              <Button type="submit" disabled={answer.isPending}>
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
              title={secondChance ? `Give ${request.authorName} a second chance?` : `Forgive ${request.authorName}?`}
              description="This answer is final, and it will be kept on your timeline. Only say it if it's true for you now."
              confirmLabel={secondChance ? "Give a second chance" : "I forgive you"}
              cancelLabel="Not now"
              onConfirm={() => give({ id: request.id, answer: "forgive" }, "Your answer was sent.")}
            />
            <Button variant="secondary" size="wrap" onClick={() => setWritingNote(true)}>
              <Clock aria-hidden />I need more time
            </Button>
            <Button
              variant="secondary"
              size="wrap"
              disabled={answer.isPending}
              onClick={() =>
                void give({ id: request.id, answer: "not_ready" }, "Your answer was sent.").catch(() => {})
              }
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

function WithdrawCard({ request }: { request: RequestView }) {
  const trpc = useTRPC();
  const refresh = useRefreshForgiveness();
  const withdraw = useMutation(trpc.forgiveness.withdraw.mutationOptions());
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-border bg-muted/50 p-4">
      <p className="text-sm text-muted-foreground">You can withdraw this request while it is still open.</p>
      <ConfirmDialog
        trigger={<Button variant="ghost">Withdraw request</Button>}
        title="Withdraw this request?"
        description={`${request.recipientName} won't be able to answer it any more. It stays in your shared history as withdrawn.`}
        confirmLabel="Withdraw"
        cancelLabel="Keep it open"
        onConfirm={async () => {
          await withdraw.mutateAsync({ id: request.id });
          await refresh();
          toast.success("Request withdrawn.");
        }}
      />
    </div>
  );
}
