import Link from "next/link";

/** The way to the private safety check from the pages that may call for it. */
export function PrivateCheckLink() {
  return (
    // Quiet on purpose: it should read as ordinary to anyone glancing at this screen.
    <p className="text-sm text-muted-foreground">
      <Link href="/settings/private-check" className="underline-offset-4 hover:underline">
        A private check, only for you
      </Link>
    </p>
  );
}
