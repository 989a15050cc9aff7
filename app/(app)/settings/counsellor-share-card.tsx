"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useState, type FormEvent } from "react";
import { CopyLinkField } from "@/app/_components/copy-link-field";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { ErrorState } from "@/app/_components/ui/error-state";
import { toast } from "@/app/_components/ui/toast";
import { longDate } from "@/lib/date-words";
import { formatPlanTime } from "@/lib/plan-time";
import { useTRPC } from "@/lib/trpc";
import { fieldErrorsOf, messageOf } from "@/lib/trpc-errors";
import type { AppRouter } from "@/server/root";

type Listing = inferRouterOutputs<AppRouter>["shares"]["list"];
type Share = Listing["shares"][number];

const LIFETIMES = [7, 14, 30, 60, 90];
const DEFAULT_LIFETIME = 14;

/**
 * A read-only page for a counsellor: one partner proposes what it shows and for how long,
 * the other agrees, and either can end it at once. The link is shown once, to whoever
 * made it (only its hash is kept).
 */
export function CounsellorShareCard({ partnerName, timeZone }: { partnerName: string | null; timeZone: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const listing = useQuery(trpc.shares.list.queryOptions());
  const [link, setLink] = useState<{ token: string; expiresAt: Date } | null>(null);
  const [proposingAnother, setProposingAnother] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.shares.pathKey() });
  const onError = (error: unknown) => toast.error(messageOf(error));
  const accept = useMutation(
    trpc.shares.accept.mutationOptions({ onSuccess: (made) => (setLink(made), refresh()), onError }),
  );
  const renew = useMutation(trpc.shares.renewLink.mutationOptions({ onSuccess: (made) => (setLink(made), refresh()) }));
  const end = useMutation(trpc.shares.end.mutationOptions({ onSuccess: () => (setLink(null), refresh()), onError }));
  const partner = partnerName ?? "your partner";

  const shares = listing.data?.shares ?? [];
  const open = shares.filter((share) => share.status === "proposed" || share.status === "active");
  const past = shares.filter((share) => share.status === "expired" || share.status === "ended");
  const proposing = shares.some((share) => share.status === "proposed");

  return (
    <Card aria-labelledby="counsellor-share-title">
      <CardHeader>
        <CardTitle id="counsellor-share-title">Share with a counsellor</CardTitle>
        <CardDescription>
          A read-only page for someone helping you both, with no sign-up for them. You choose what it shows, {partner}{" "}
          agrees, and either of you can end it at any moment. Drafts, vents, notes and reflections are never on it.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5">
        {!partnerName ? (
          <p className="text-sm text-muted-foreground">
            Once your partner has joined, the two of you can share with a counsellor together.
          </p>
        ) : listing.isError ? (
          <ErrorState title="Your shares didn't load" onRetry={() => listing.refetch()} />
        ) : (
          <>
            {link && <ShareLink link={link} />}
            {open.map((share) => (
              <OpenShare
                key={share.id}
                share={share}
                partner={partner}
                timeZone={timeZone}
                busy={accept.isPending || renew.isPending || end.isPending}
                onAccept={() => accept.mutate({ id: share.id })}
                onRenew={async () => void (await renew.mutateAsync({ id: share.id }))}
                onEnd={() => end.mutate({ id: share.id })}
              />
            ))}
            {listing.data && !proposing && (open.length === 0 || proposingAnother) && (
              <ProposeForm
                choices={listing.data.choices}
                partner={partner}
                onProposed={() => (setProposingAnother(false), refresh())}
              />
            )}
            {listing.data && !proposing && open.length > 0 && !proposingAnother && (
              <Button variant="ghost" className="justify-self-start" onClick={() => setProposingAnother(true)}>
                Propose another share…
              </Button>
            )}
            {past.length > 0 && (
              <details className="text-sm">
                <summary className="cursor-pointer font-medium">Past shares ({past.length})</summary>
                <ul className="mt-3 grid gap-2 text-muted-foreground">
                  {past.map((share) => (
                    <li key={share.id}>
                      {share.sections.map((section) => section.label).join(", ")} ·{" "}
                      {share.status === "ended"
                        ? `ended by ${share.endedBy?.isMe ? "you" : (share.endedBy?.name ?? "a former partner")} on ${longDate(share.endedAt!)}`
                        : `expired on ${longDate(share.expiresAt!)}`}{" "}
                      · opened {share.visitCount === 1 ? "once" : `${share.visitCount} times`}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </>
        )}
      </CardContent>
    </Card>
  );
}

function OpenShare({
  share,
  partner,
  timeZone,
  busy,
  onAccept,
  onRenew,
  onEnd,
}: {
  share: Share;
  partner: string;
  timeZone: string;
  busy: boolean;
  onAccept: () => void;
  /** Rejects on failure: the dialog shows why. */
  onRenew: () => Promise<void>;
  onEnd: () => void;
}) {
  const what = share.sections.map((section) => section.label).join(", ");
  const proposer = share.proposedBy?.isMe ? "You" : (share.proposedBy?.name ?? "A former partner");
  return (
    <div className="grid gap-3 rounded-lg border border-border bg-muted/40 p-4" data-testid={`share-${share.status}`}>
      {share.status === "proposed" ? (
        <p className="text-sm">
          {proposer} proposed sharing <strong>{what}</strong> for {share.lifetimeDays} days.{" "}
          {share.awaitingMyAnswer ? "Nothing is shared unless you accept." : `Waiting for ${partner} to agree.`}
        </p>
      ) : (
        <p className="text-sm">
          Sharing <strong>{what}</strong> until {longDate(share.expiresAt!)}.{" "}
          {share.linkMadeBy &&
            `${share.linkMadeBy.isMe ? "You have" : `${share.linkMadeBy.name} has`} the link, made ${longDate(share.linkMadeAt!)}.`}{" "}
          {share.visitCount === 0
            ? "Not opened yet."
            : `Opened ${share.visitCount === 1 ? "once" : `${share.visitCount} times`}:`}
        </p>
      )}
      {share.visits.length > 0 && (
        <ul className="grid gap-1 text-sm text-muted-foreground" aria-label="When it was opened">
          {share.visits.map((visit) => (
            <li key={visit.toISOString()}>{formatPlanTime(visit, timeZone)}</li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap gap-3">
        {share.awaitingMyAnswer && (
          <Button onClick={onAccept} disabled={busy}>
            Accept and make the link
          </Button>
        )}
        {share.status === "active" && (
          <ConfirmDialog
            trigger={
              <Button variant="secondary" disabled={busy}>
                Make a new link…
              </Button>
            }
            title="Make a new link?"
            description="For a link that was lost or sent to the wrong person: the current one stops working at once, and the new one is shown once, to you. The share itself stays as it is."
            confirmLabel="Make a new link"
            cancelLabel="Keep the current link"
            onConfirm={onRenew}
          />
        )}
        <Button variant={share.status === "active" ? "outline" : "ghost"} onClick={onEnd} disabled={busy}>
          {share.status === "active" ? "End this share now" : share.awaitingMyAnswer ? "Decline" : "Withdraw"}
        </Button>
      </div>
    </div>
  );
}

/** The link, right after it was made: the only time anyone can see it. */
function ShareLink({ link }: { link: { token: string; expiresAt: Date } }) {
  return (
    <CopyLinkField
      label="Link for your counsellor"
      link={`${window.location.origin}/share/${link.token}`}
      testId="share-link"
    >
      Copy it now: it is shown only this once. It works until {longDate(link.expiresAt)}.
    </CopyLinkField>
  );
}

function ProposeForm({
  choices,
  partner,
  onProposed,
}: {
  choices: Listing["choices"];
  partner: string;
  onProposed: () => void;
}) {
  const trpc = useTRPC();
  const [sections, setSections] = useState<string[]>([]);
  const [lifetimeDays, setLifetimeDays] = useState(DEFAULT_LIFETIME);
  const [error, setError] = useState<string | null>(null);
  const propose = useMutation(trpc.shares.propose.mutationOptions());

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await propose.mutateAsync({ sections: sections as Listing["choices"][number]["key"][], lifetimeDays });
      setSections([]);
      toast.success(`Proposed. ${partner} can accept it in Settings.`);
      onProposed();
    } catch (failure) {
      const fields = fieldErrorsOf(failure);
      setError(fields.sections ?? fields.lifetimeDays ?? messageOf(failure));
    }
  }

  return (
    <form onSubmit={submit} noValidate className="grid gap-4 border-t border-border pt-4">
      <fieldset className="grid gap-3" aria-describedby={error ? "share-sections-error" : undefined}>
        <legend className="mb-1 text-sm font-medium">What the page shows</legend>
        {choices.map((choice) => (
          <label key={choice.key} className="flex items-start gap-3 text-sm">
            <input
              type="checkbox"
              className="mt-0.5 size-5 shrink-0 accent-primary"
              checked={sections.includes(choice.key)}
              onChange={(event) =>
                setSections((current) =>
                  event.target.checked ? [...current, choice.key] : current.filter((key) => key !== choice.key),
                )
              }
            />
            <span className="grid gap-0.5">
              <span className="font-medium">{choice.label}</span>
              <span className="text-muted-foreground">{choice.description}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <label className="grid max-w-xs gap-1.5 text-sm font-medium">
        How long the link lasts
        <select
          className="h-11 w-full rounded-md border border-input bg-card px-3 font-normal"
          value={lifetimeDays}
          onChange={(event) => setLifetimeDays(Number(event.target.value))}
        >
          {LIFETIMES.map((days) => (
            <option key={days} value={days}>
              {days} days
            </option>
          ))}
        </select>
      </label>
      {error && (
        <p id="share-sections-error" role="alert" className="text-sm text-danger">
          {error}
        </p>
      )}
      <Button type="submit" className="justify-self-start" disabled={propose.isPending}>
        Propose to {partner}
      </Button>
    </form>
  );
}
