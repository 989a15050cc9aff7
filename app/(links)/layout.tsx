import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";

// Pages opened from a mail carry a secret in their address: it never leaves in a Referer.
export const metadata: Metadata = { referrer: "no-referrer", robots: { index: false } };

/** Pages reached from a link in a mail; they work signed in or out. */
export default function MailLinkLayout({ children }: { children: ReactNode }) {
  return (
    <main className="mx-auto flex min-h-dvh w-full max-w-md flex-col justify-center px-5 py-16">
      <Link href="/" className="mb-8 self-center font-serif text-2xl font-semibold">
        Kintsugi
      </Link>
      {children}
    </main>
  );
}
