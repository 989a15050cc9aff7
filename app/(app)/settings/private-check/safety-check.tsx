"use client";

import { useEffect, useRef, useState, useTransition, type FormEvent, type ReactNode } from "react";
import { BackLink } from "@/app/_components/ui/back-link";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { toast } from "@/app/_components/ui/toast";
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
import { LiveView } from "@/app/_components/live/live-view";
import { keepAnswers } from "./actions";
import { runInKeptView } from "./kept-controls";
import { Support, Helplines } from "./support";

type Draft = Partial<HitsAnswers>;

function complete(draft: Draft): draft is HitsAnswers {
  return hitsQuestions.every(({ key }) => typeof draft[key] === "number");
}

/**
 * The private safety check (HITS; see server/domain/hits.ts for the citation). Scored here,
 * in the browser: nothing is sent unless the person chooses to keep their answers. `kept` is
 * what they kept before, rendered on the server (kept-checks.tsx).
 */
export function SafetyCheck({
  helplines,
  partnerName,
  inCouple,
  kept,
}: {
  helplines: HelplineDirectory;
  partnerName: string | null;
  inCouple: boolean;
  kept: ReactNode;
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

      {/* Nobody else changes this list, and no event about it reaches anyone: it hears none. */}
      <LiveView name="keptChecks" initial={kept} routers={[]} />
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

function KeepAnswers({ answers, partner }: { answers: HitsAnswers; partner: string }) {
  const [keeping, startKeeping] = useTransition();
  const [kept, setKept] = useState(false);
  const keep = () =>
    startKeeping(async () => {
      if (!(await runInKeptView(() => keepAnswers({ answers })))) return;
      setKept(true);
      toast.success("Kept, only for you.");
    });
  return (
    <div className="grid gap-2 text-sm text-muted-foreground">
      <p>
        These answers are forgotten when you leave this page. You can keep them to look back on: they are saved to your
        account only, never shown to {partner}, and you can delete them here at any time.
      </p>
      <Button variant="secondary" className="justify-self-start" onClick={keep} disabled={keeping || kept}>
        {kept ? "Kept" : "Keep these answers, only for me"}
      </Button>
    </div>
  );
}
