import Link from "next/link";
import type { ReactNode } from "react";
import { KintsugiMark } from "./kintsugi-mark";
import { PartnerPresence } from "./partner-presence";
import { SideNav } from "./side-nav";
import { TabBar } from "./tab-bar";

type Person = { name: string };

/**
 * The frame of every signed-in page: a sidebar on wide screens, a tab bar on phones, and a header
 * that always shows who the space is shared with. The header leaves its right end free for the
 * fixed quick exit, which lives outside the shell (app/layout.tsx) so it is on every page.
 * A server component: only the navigation (the current section) needs the browser.
 */
export function AppShell({
  me,
  partner,
  partnerStatus,
  activity,
  children,
}: {
  me: Person;
  partner: Person | null;
  /** The partner's talk readiness, filled in by the dashboard feature. */
  partnerStatus?: ReactNode;
  /** What changed since I last looked (a quiet count), beside the partner's name. */
  activity?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="flex min-h-dvh">
      <a
        href="#main"
        className="sr-only rounded-md bg-primary px-4 py-2 text-sm font-medium text-primary-foreground focus:not-sr-only focus:fixed focus:top-2.5 focus:left-2.5 focus:z-[60]"
      >
        Skip to content
      </a>
      <SideNav />
      <div className="flex min-w-0 flex-1 flex-col">
        <header
          data-shell-header
          className="sticky top-0 z-30 flex h-16 items-center gap-3 border-b border-border bg-background/95 pr-36 pl-4 backdrop-blur md:pl-8"
        >
          <Link
            href="/dashboard"
            aria-label="Kintsugi, home"
            className="-ml-1 rounded-md p-1 focus-visible:outline-2 focus-visible:outline-ring md:hidden"
          >
            <KintsugiMark />
          </Link>
          <PartnerPresence me={me} partner={partner} status={partnerStatus} />
          {activity}
        </header>
        <main
          id="main"
          tabIndex={-1}
          className="mx-auto w-full max-w-3xl flex-1 px-4 pt-6 pb-[calc(6rem+env(safe-area-inset-bottom))] outline-none md:px-8 md:pt-10 md:pb-16"
        >
          {children}
        </main>
      </div>
      <TabBar />
    </div>
  );
}
