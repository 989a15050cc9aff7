import type { ReactNode } from "react";

export function AppShell({ children }: { me: { name: string }; partner: { name: string } | null; children: ReactNode }) {
  return <main className="mx-auto w-full max-w-3xl px-4 py-6">{children}</main>;
}
