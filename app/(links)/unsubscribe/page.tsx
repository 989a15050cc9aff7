import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader } from "@/app/_components/ui/card";
import { isValidUnsubscribe } from "@/server/notifications/unsubscribe-link";

export const metadata: Metadata = { title: "Stop these emails" };
export const dynamic = "force-dynamic";

export default async function UnsubscribePage({
  searchParams,
}: {
  searchParams: Promise<{ u?: string; s?: string; done?: string }>;
}) {
  const { u, s, done } = await searchParams;
  if (done) {
    return (
      <Card>
        <CardHeader>
          <h1 className="text-2xl font-semibold">You won&apos;t get these emails any more</h1>
          <CardDescription>You can turn them on again any time in Settings.</CardDescription>
        </CardHeader>
      </Card>
    );
  }
  if (!isValidUnsubscribe(u, s)) {
    return (
      <Card>
        <CardHeader>
          <h1 className="text-2xl font-semibold">This link isn&apos;t valid</h1>
          <CardDescription>
            It may have been cut short. You can also turn emails off in{" "}
            <Link className="underline underline-offset-4" href="/settings">
              Settings
            </Link>
            .
          </CardDescription>
        </CardHeader>
      </Card>
    );
  }
  return (
    <Card>
      <CardHeader>
        <h1 className="text-2xl font-semibold">Stop these emails?</h1>
        <CardDescription>No more update emails to this address. You don&apos;t need to sign in.</CardDescription>
      </CardHeader>
      <CardContent>
        <form method="post" action={`/api/unsubscribe?u=${encodeURIComponent(u)}&s=${encodeURIComponent(s ?? "")}`}>
          <Button type="submit" size="lg">
            Stop the emails
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
