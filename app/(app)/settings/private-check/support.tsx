"use client";

import Link from "next/link";
import { DoorOpen, Phone } from "lucide-react";
import { useEffect, useState } from "react";
import { exitNow } from "@/app/_components/shell/quick-exit";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { longDate } from "@/lib/date-words";
import type { HelplineDirectory } from "@/server/safety/helplines";

/** What the person can do, said gently and all in one place, when the answers suggest danger. */
export function Support({
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

export function Helplines({ helplines }: { helplines: HelplineDirectory }) {
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
