import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { getRequestViewer } from "@/server/auth";
import { AppShell } from "@/app/_components/shell/app-shell";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const viewer = await getRequestViewer();
  if (!viewer) redirect("/sign-in");
  return (
    <AppShell me={{ name: viewer.me.name }} partner={viewer.partner && { name: viewer.partner.name }}>
      {children}
    </AppShell>
  );
}
