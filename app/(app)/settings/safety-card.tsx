import Link from "next/link";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";

/** The way in to the private safety check: only this person ever sees it, used or not. */
export function SafetyCard() {
  return (
    <Card>
      <CardHeader>
        <CardTitle>A private check</CardTitle>
        <CardDescription>
          Four short questions about how things are for you at home, with support if you need it. Only you see it:
          nothing is saved or shown to anyone unless you choose.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <Button asChild variant="secondary">
          <Link href="/settings/private-check">Take the private check</Link>
        </Button>
      </CardContent>
    </Card>
  );
}
