import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { Card, CardContent } from "@/app/_components/ui/card";
import { PageTitle } from "@/app/_components/ui/page-title";
import { isStillOpen } from "@/db/schema/forgiveness-status";
import { longDate } from "@/lib/date-words";
import { RequestParts, StatusBadge, answerLabel, titleOf, type RequestView } from "../_components/request-parts";
import { AnswerCard, WithdrawCard } from "./request-controls";

/**
 * One request as this person may see it, rendered on the server and again when either partner
 * answers or withdraws it (the page's live view). Only the answer and withdraw controls are
 * code in the browser, and they get the id and the names they show, nothing of the words.
 */
export function RequestBody({ request }: { request: RequestView }) {
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

      {open && request.side === "theirs" && (
        <AnswerCard id={request.id} kind={request.kind} authorName={request.authorName} />
      )}
      {open && request.side === "mine" && <WithdrawCard id={request.id} recipientName={request.recipientName} />}
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
