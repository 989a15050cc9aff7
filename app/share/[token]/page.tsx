import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { KintsugiMark } from "@/app/_components/shell/kintsugi-mark";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { longDate } from "@/lib/date-words";
import { clientIp } from "@/server/request";
import { viewShare } from "@/server/shares/view";
import { countOf } from "@/lib/plural";

/*
 * What a counsellor sees through a share: read-only, no sign-in, no cookie (this page reads
 * no session and the proxy sets none), no referrer, not for search engines (the root
 * layout's robots meta, and X-Robots-Tag from next.config.mjs). The quick exit comes from
 * the root layout. Every token that doesn't open a share gets Next's one plain 404.
 */
export const metadata: Metadata = { title: "Shared with you", referrer: "no-referrer" };

export default async function SharePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = await viewShare(getDb(), token.slice(0, 64), clientIp(await headers()), new Date());
  if (!view.found) notFound();

  return (
    <main id="main" className="mx-auto grid w-full max-w-2xl gap-6 px-4 pt-20 pb-16 md:px-8">
      <header className="grid gap-2">
        <p className="flex items-center gap-2 text-sm font-medium text-muted-foreground">
          <KintsugiMark className="size-6" />
          Kintsugi
        </p>
        {view.tooManyVisits ? (
          <>
            <h1 className="font-serif text-3xl">Please try again shortly</h1>
            <p className="text-muted-foreground">
              This page was opened many times in a short while. Try again in{" "}
              {countOf(view.tooManyVisits.retryAfterMinutes, "minute")}.
            </p>
          </>
        ) : (
          <>
            <h1 className="font-serif text-3xl">
              Shared with you by {view.names[0]} and {view.names[1]}
            </h1>
            <p className="leading-relaxed text-muted-foreground">
              Day {view.day} of their repair. This is read-only and shows only what they both chose to share. It works
              until {longDate(view.expiresOn)}, unless either of them ends it sooner.
            </p>
          </>
        )}
      </header>

      {!view.tooManyVisits &&
        view.sections.map((section) => (
          <Card
            key={section.key}
            aria-labelledby={`section-${section.key}`}
            data-testid={`share-section-${section.key}`}
          >
            <CardHeader>
              <CardTitle id={`section-${section.key}`}>{section.label}</CardTitle>
              {section.note && <CardDescription>{section.note}</CardDescription>}
            </CardHeader>
            <CardContent>
              {section.lines.length === 0 ? (
                <p className="text-sm text-muted-foreground">{section.empty}</p>
              ) : (
                <ul className="grid gap-3">
                  {section.lines.map((line, index) => (
                    <li key={index} className="grid gap-0.5 border-b border-border pb-3 last:border-0 last:pb-0">
                      <span className="font-medium">{line.primary}</span>
                      <span className="text-sm text-muted-foreground">{line.secondary}</span>
                    </li>
                  ))}
                </ul>
              )}
            </CardContent>
          </Card>
        ))}

      {!view.tooManyVisits && (
        <footer className="text-sm leading-relaxed text-muted-foreground">
          Nothing you do here is recorded except when the page was opened, which {view.names[0]} and {view.names[1]} can
          both see.
        </footer>
      )}
    </main>
  );
}
