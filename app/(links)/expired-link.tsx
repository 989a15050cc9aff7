import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader } from "@/app/_components/ui/card";

export function ExpiredLink({ again }: { again: { href: string; label: string } }) {
  return (
    <Card>
      <CardHeader>
        <h1 className="text-2xl font-semibold">This link has expired</h1>
        <CardDescription>
          It was already used, or it is too old. Links in our mails work once, for a short while.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-wrap gap-4 text-sm">
        <Link className="font-medium underline underline-offset-4" href={again.href}>
          {again.label}
        </Link>
        <Link className="font-medium underline underline-offset-4" href="/sign-in">
          Sign in
        </Link>
      </CardContent>
    </Card>
  );
}
