"use client";

import { createContext, useContext, useState, useTransition, type FormEvent, type ReactNode } from "react";
import { CopyLinkField } from "@/app/_components/copy-link-field";
import { useRunInView } from "@/app/_components/live/live-view";
import { Button } from "@/app/_components/ui/button";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { toast } from "@/app/_components/ui/toast";
import { longDate } from "@/lib/date-words";
import type { ShareSectionKey } from "@/server/shares/sections";
import { acceptShare, endShare, proposeShare, renewShareLink } from "./actions";

type MadeLink = { token: string; expiresAt: Date };
type Choice = { key: ShareSectionKey; label: string; description: string };

const LIFETIMES = [7, 14, 30, 60, 90];
const DEFAULT_LIFETIME = 14;

/** The link just made, and whether an act on a share is on its way (every share's buttons wait for it). */
const SharesContext = createContext<{
  busy: boolean;
  startActing: (act: () => Promise<void>) => void;
  showLink: (link: MadeLink | null) => void;
} | null>(null);

function useShares() {
  const shares = useContext(SharesContext);
  if (!shares) throw new Error("The share buttons need ShareControls around them.");
  return shares;
}

/**
 * Around the shares the server rendered: keeps the link made here (never stored, so never
 * rendered by the server) above them while the list renders again after each act.
 */
export function ShareControls({ children }: { children: ReactNode }) {
  const [link, showLink] = useState<MadeLink | null>(null);
  const [busy, startActing] = useTransition();
  return (
    <SharesContext value={{ busy, startActing, showLink }}>
      {link && <ShareLink link={link} />}
      {children}
    </SharesContext>
  );
}

/** The link, right after it was made: the only time anyone can see it. */
function ShareLink({ link }: { link: MadeLink }) {
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

export function AcceptShare({ id }: { id: string }) {
  const run = useRunInView();
  const { busy, startActing, showLink } = useShares();
  return (
    <Button
      disabled={busy}
      onClick={() =>
        startActing(async () => {
          const result = await run(() => acceptShare(id));
          if (result.ok) showLink(result.value);
          else toast.error(result.error);
        })
      }
    >
      Accept and make the link
    </Button>
  );
}

export function RenewShareLink({ id }: { id: string }) {
  const run = useRunInView();
  const { busy, showLink } = useShares();
  return (
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
      onConfirm={async () => {
        const result = await run(() => renewShareLink(id));
        if (!result.ok) return result.error;
        showLink(result.value);
      }}
    />
  );
}

/** Ends an active share, or declines or withdraws a proposal. */
export function EndShare({ id, active, label }: { id: string; active: boolean; label: string }) {
  const run = useRunInView();
  const { busy, startActing, showLink } = useShares();
  return (
    <Button
      variant={active ? "outline" : "ghost"}
      disabled={busy}
      onClick={() =>
        startActing(async () => {
          const result = await run(() => endShare(id));
          if (result.ok) showLink(null);
          else toast.error(result.error);
        })
      }
    >
      {label}
    </Button>
  );
}

/** The form to propose a share; beside shares already open, behind a button first. */
export function ProposeShare({ choices, partner, another }: { choices: Choice[]; partner: string; another: boolean }) {
  const run = useRunInView();
  const [asked, setAsked] = useState(!another);
  const [sections, setSections] = useState<ShareSectionKey[]>([]);
  const [lifetimeDays, setLifetimeDays] = useState(DEFAULT_LIFETIME);
  const [error, setError] = useState<string | null>(null);
  const [proposing, startProposing] = useTransition();

  if (!asked)
    return (
      <Button variant="ghost" className="justify-self-start" onClick={() => setAsked(true)}>
        Propose another share…
      </Button>
    );

  function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    startProposing(async () => {
      const result = await run(() => proposeShare({ sections, lifetimeDays }));
      if (!result.ok) {
        setError(result.fieldErrors.sections ?? result.fieldErrors.lifetimeDays ?? result.error);
        return;
      }
      setSections([]);
      toast.success(`Proposed. ${partner} can accept it in Settings.`);
    });
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
      <Button type="submit" className="justify-self-start" disabled={proposing}>
        Propose to {partner}
      </Button>
    </form>
  );
}
