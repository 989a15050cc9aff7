"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { DoorOpen, Phone } from "lucide-react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { exitNow } from "@/app/_components/shell/quick-exit";
import { BackLink } from "@/app/_components/ui/back-link";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { toast } from "@/app/_components/ui/toast";
import { longDate } from "@/lib/date-words";
import { messageOf, useTRPC } from "@/lib/trpc";
import {
  hitsFrequencies,
  hitsQuestions,
  hitsScore,
  suggestsDanger,
  type HitsAnswers,
  type HitsKey,
} from "@/server/domain/hits";
import type { HelplineDirectory } from "@/server/safety/helplines";
import { PageTitle } from "@/app/_components/ui/page-title";

type Draft = Partial<HitsAnswers>;

function complete(draft: Draft): draft is HitsAnswers {
  return hitsQuestions.every(({ key }) => typeof draft[key] === "number");
}

/**
 * The private safety check (HITS; see server/domain/hits.ts for the citation). Scored here,
 * in the browser: nothing is sent unless the person chooses to keep their answers.
 */
export function SafetyCheck({
  helplines,
  partnerName,
  inCouple,
}: {
  helplines: HelplineDirectory;
  partnerName: string | null;
  inCouple: boolean;
}) {
  const [draft, setDraft] = useState<Draft>({});
  const [result, setResult] = useState<HitsAnswers | null>(null);
  const [missing, setMissing] = useState(false);
  const resultRef = useRef<HTMLElement>(null);
  const partner = partnerName ?? "your partner";

  // The answer appears below the questions: bring it into view and to a screen reader at once.
  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!complete(draft)) return setMissing(true);
    setMissing(false);
    setResult(draft);
  }

  function clear() {
    setDraft({});
    setResult(null);
  }

  const score = result ? hitsScore(result) : null;

  return (
    <div className="grid gap-6">
      <BackLink href="/settings">Settings</BackLink>
      <header className="grid gap-2">
        <PageTitle>A private check</PageTitle>
        <p className="leading-relaxed text-muted-foreground">
          Four short questions about how {partner} treats you. Only you see this: your answers stay in this browser and
          are not sent anywhere, and nothing tells {partner} you opened it. Nothing is saved unless you choose to keep
          it.
        </p>
      </header>

      <Card>
        <form onSubmit={submit} noValidate>
          <CardContent standalone className="grid gap-5">
            <p className="font-medium">In the last 12 months, how often did {partner}…</p>
            {hitsQuestions.map(({ key, text }) => (
              <Question
                key={key}
                questionKey={key}
                text={text}
                value={draft[key]}
                onChange={(value) => setDraft((current) => ({ ...current, [key]: value }))}
              />
            ))}
            {missing && (
              <p role="alert" className="text-sm text-danger">
                Please answer all four questions. &ldquo;Never&rdquo; is an answer too.
              </p>
            )}
            <div className="flex flex-wrap gap-3">
              <Button type="submit">See what this means</Button>
              <Button type="button" variant="ghost" onClick={clear}>
                Clear my answers
              </Button>
            </div>
          </CardContent>
        </form>
      </Card>

      {result && score !== null && (
        <section
          ref={resultRef}
          tabIndex={-1}
          aria-labelledby="check-result"
          className="grid gap-6 outline-none"
          data-testid="check-result"
        >
          {suggestsDanger(score) ? (
            <Support helplines={helplines} partner={partner} inCouple={inCouple} />
          ) : (
            <Card>
              <CardHeader>
                <CardTitle id="check-result">Thank you for checking in with yourself</CardTitle>
                <CardDescription>
                  Your answers don&apos;t point to danger right now. If things change, or if any of this was hard to
                  answer, you can come back at any time, and the support lines below are always here.
                </CardDescription>
              </CardHeader>
              <CardContent>
                <details>
                  <summary className="cursor-pointer text-sm font-medium">Support lines by country</summary>
                  <div className="mt-4">
                    <Helplines helplines={helplines} />
                  </div>
                </details>
              </CardContent>
            </Card>
          )}
          <KeepAnswers answers={result} partner={partner} />
        </section>
      )}

      <KeptChecks />
    </div>
  );
}

function Question({
  questionKey,
  text,
  value,
  onChange,
}: {
  questionKey: HitsKey;
  text: string;
  value: number | undefined;
  onChange: (value: number) => void;
}) {
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1 text-sm font-medium">{text}</legend>
      <div className="flex flex-wrap gap-2">
        {hitsFrequencies.map((frequency) => (
          <label
            key={frequency.value}
            className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-input px-3 text-sm has-[:checked]:border-primary has-[:checked]:bg-muted"
          >
            <input
              type="radio"
              name={questionKey}
              value={frequency.value}
              checked={value === frequency.value}
              onChange={() => onChange(frequency.value)}
              className="size-4 accent-primary"
            />
            {frequency.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** What the person can do, said gently and all in one place, when the answers suggest danger. */
function Support({
  helplines,
  partner,
  inCouple,
}: {
  helplines: HelplineDirectory;
  partner: string;
  inCouple: boolean;
}) {
  return (
    <Card tone="gold">
      <CardHeader>
        <CardTitle id="check-result">You deserve to be safe</CardTitle>
        <CardDescription>
          Your answers suggest that you may be being hurt or frightened at home. That is not your fault, and you
          don&apos;t have to decide anything now. People at the lines below listen in confidence and can help you think
          about what&apos;s next.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6">
        <div className="grid gap-2">
          <h3 className="font-semibold">If someone comes in</h3>
          <p className="text-sm text-muted-foreground">
            The Quick exit button at the top, or Escape pressed twice, replaces this page with a weather page at once.
          </p>
          <Button variant="secondary" className="justify-self-start" onClick={exitNow}>
            <DoorOpen aria-hidden />
            Leave this page now
          </Button>
        </div>

        <div className="grid gap-2">
          <h3 className="font-semibold">Support lines</h3>
          <p className="text-sm text-muted-foreground">
            If you are in danger right now, call your local emergency number.
          </p>
          <Helplines helplines={helplines} />
        </div>

        <div className="grid gap-2">
          <h3 className="font-semibold">Your data, and leaving this space</h3>
          <ul className="grid list-disc gap-2 pl-5 text-sm text-muted-foreground">
            <li>
              In{" "}
              <Link href="/settings" className="underline underline-offset-4">
                Settings
              </Link>
              , under Your data, you can export a copy of everything, or delete your account and what you wrote.
            </li>
            {inCouple && (
              <li>
                Unlinking, also in Settings, closes this space for both of you, and {partner} will see that it was
                closed. If that could put you at risk, you might wait until you are somewhere safe, or plan it with
                someone from a support line first.
              </li>
            )}
          </ul>
        </div>

        <div className="grid gap-2">
          <h3 className="font-semibold">What others might see</h3>
          <ul className="grid list-disc gap-2 pl-5 text-sm text-muted-foreground">
            <li>
              Your browser&apos;s history can show that you visited Kintsugi (this page is listed simply as
              &ldquo;Settings&rdquo;). A private window keeps no history; you can also delete it in your browser&apos;s
              settings.
            </li>
            <li>Emails from Kintsugi, if you turned any on, can be seen by anyone who can read your mail.</li>
            <li>
              Calls and visits to support lines may show in your phone&apos;s call list and your browser&apos;s history.
            </li>
          </ul>
        </div>
      </CardContent>
    </Card>
  );
}

/** The person's region from their browser's language ("en-GB" → GB), if the list has it. */
function guessCountry(codes: string[]) {
  const region = navigator.languages
    ?.map((tag) => tag.split("-")[1]?.toUpperCase())
    .find((code) => code && codes.includes(code));
  return region ?? codes[0]!;
}

function Helplines({ helplines }: { helplines: HelplineDirectory }) {
  const codes = helplines.countries.map((country) => country.code);
  const [code, setCode] = useState(codes[0]!);
  // After hydration: the server can't know the browser's languages.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a guess from the browser's languages, made once after hydration; the list never changes.
  useEffect(() => setCode(guessCountry(codes)), []);
  const country = helplines.countries.find((entry) => entry.code === code)!;
  return (
    <div className="grid gap-4">
      <label className="grid max-w-xs gap-1.5 text-sm font-medium">
        Country
        <select
          className="h-11 w-full rounded-md border border-input bg-card px-3 font-normal"
          value={code}
          onChange={(event) => setCode(event.target.value)}
        >
          {helplines.countries.map((entry) => (
            <option key={entry.code} value={entry.code}>
              {entry.name}
            </option>
          ))}
        </select>
      </label>
      <ul className="grid gap-3" data-testid="helplines">
        <li className="text-sm">
          Emergency:{" "}
          <a className="font-semibold underline underline-offset-4" href={`tel:${country.emergency.split(" ")[0]}`}>
            {country.emergency}
          </a>
        </li>
        {country.lines.map((line) => (
          <li key={line.name} className="grid gap-1 rounded-lg border border-border p-3 text-sm">
            <span className="font-semibold">{line.name}</span>
            <span className="text-muted-foreground">{line.for}</span>
            {line.phone && (
              <a
                href={`tel:${line.phone.replace(/[^0-9+]/g, "")}`}
                className="inline-flex items-center gap-2 font-semibold underline underline-offset-4"
              >
                <Phone aria-hidden className="size-4" />
                {line.phone}
              </a>
            )}
            <span className="text-muted-foreground">{line.hours}</span>
            <a href={line.url} rel="noreferrer" target="_blank" className="underline underline-offset-4">
              {new URL(line.url).host}
            </a>
            <span className="text-xs text-muted-foreground">
              Checked {longDate(line.checkedOn)} against {new URL(line.source).host}
            </span>
          </li>
        ))}
        <li className="grid gap-1 text-sm">
          <span>
            Somewhere else?{" "}
            <a
              href={helplines.everywhere.url}
              rel="noreferrer"
              target="_blank"
              className="underline underline-offset-4"
            >
              {helplines.everywhere.name}
            </a>{" "}
            — {helplines.everywhere.description}
          </span>
        </li>
      </ul>
    </div>
  );
}

function KeepAnswers({ answers, partner }: { answers: HitsAnswers; partner: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const keep = useMutation(
    trpc.safety.keep.mutationOptions({
      onSuccess: () => {
        toast.success("Kept, only for you.");
        void queryClient.invalidateQueries({ queryKey: trpc.safety.kept.queryKey() });
      },
      onError: (error) => toast.error(messageOf(error)),
    }),
  );
  return (
    <div className="grid gap-2 text-sm text-muted-foreground">
      <p>
        These answers are forgotten when you leave this page. You can keep them to look back on: they are saved to your
        account only, never shown to {partner}, and you can delete them here at any time.
      </p>
      <Button
        variant="secondary"
        className="justify-self-start"
        onClick={() => keep.mutate({ answers })}
        disabled={keep.isPending || keep.isSuccess}
      >
        {keep.isSuccess ? "Kept" : "Keep these answers, only for me"}
      </Button>
    </div>
  );
}

function KeptChecks() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const kept = useQuery(trpc.safety.kept.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.safety.kept.queryKey() });
  const forget = useMutation(
    trpc.safety.forget.mutationOptions({ onSuccess: refresh, onError: (error) => toast.error(messageOf(error)) }),
  );
  const forgetAll = useMutation(
    trpc.safety.forgetAll.mutationOptions({ onSuccess: refresh, onError: (error) => toast.error(messageOf(error)) }),
  );
  if (!kept.data?.length) return null;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Answers you kept</CardTitle>
        <CardDescription>Only you can see these.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        <ul className="grid gap-2" data-testid="kept-checks">
          {kept.data.map((check) => (
            <li key={check.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
              <span>
                {longDate(check.takenAt)} ·{" "}
                {suggestsDanger(check.score)
                  ? "your answers suggested you may not be safe"
                  : "your answers didn't suggest danger"}
              </span>
              <Button
                size="sm"
                variant="ghost"
                onClick={() => forget.mutate({ id: check.id })}
                disabled={forget.isPending}
              >
                Delete
              </Button>
            </li>
          ))}
        </ul>
        <Button
          variant="outline"
          className="justify-self-start"
          onClick={() => forgetAll.mutate()}
          disabled={forgetAll.isPending}
        >
          Delete all kept answers
        </Button>
      </CardContent>
    </Card>
  );
}
