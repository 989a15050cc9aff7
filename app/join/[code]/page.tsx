import type { Metadata } from "next";
import Link from "next/link";
import { getRequestViewer } from "@/server/auth";
import { serverApi } from "@/server/caller";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader } from "@/app/_components/ui/card";
import { JoinButton } from "./join-button";

export const metadata: Metadata = { title: "Join your partner" };

export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const [viewer, preview] = await Promise.all([
    getRequestViewer(),
    (await serverApi()).couple
      .previewInvite({ code: code.slice(0, 64) })
      .catch(() => ({ valid: false as const, reason: "This invite link isn't valid." })),
  ]);
  const here = `/join/${encodeURIComponent(code)}`;

  return (
    <main className="mx-auto flex min-h-dvh w-full max-w-md flex-col justify-center px-5 py-16">
      <Link href="/" className="mb-8 self-center font-serif text-2xl font-semibold">
        Kintsugi
      </Link>
      <Card>
        {!preview.valid ? (
          <>
            <CardHeader>
              <h1 className="text-2xl font-semibold">This invite can't be used</h1>
              <CardDescription data-testid="invite-problem">{preview.reason}</CardDescription>
            </CardHeader>
            <CardContent>
              <Button asChild variant="secondary">
                <Link href={viewer ? "/dashboard" : "/"}>{viewer ? "Go to my dashboard" : "Go to the home page"}</Link>
              </Button>
            </CardContent>
          </>
        ) : (
          <>
            <CardHeader>
              <h1 className="text-2xl font-semibold">{preview.inviterName} invited you</h1>
              <CardDescription>
                to share a private Kintsugi space: one place for the two of you to rebuild trust, at your own pace.
              </CardDescription>
            </CardHeader>
            <CardContent className="grid gap-3">
              {!viewer ? (
                <>
                  <Button asChild size="lg">
                    <Link href={`/sign-up?next=${encodeURIComponent(here)}`}>Create my account</Link>
                  </Button>
                  <Button asChild size="lg" variant="secondary">
                    <Link href={`/sign-in?next=${encodeURIComponent(here)}`}>I already have an account</Link>
                  </Button>
                </>
              ) : viewer.couple ? (
                <p className="text-sm text-muted-foreground">
                  You're already in a couple space. To join this one, unlink yours first in Settings.
                </p>
              ) : (
                <JoinButton code={code} inviterName={preview.inviterName} />
              )}
            </CardContent>
          </>
        )}
      </Card>
    </main>
  );
}
