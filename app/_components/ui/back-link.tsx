import Link from "next/link";

/** The quiet link above a sub-page's title, back to the page it belongs to. */
export function BackLink({ href, children }: { href: string; children: string }) {
  return (
    <p className="text-sm">
      <Link href={href} className="text-muted-foreground underline-offset-4 hover:underline">
        {children}
      </Link>
    </p>
  );
}
