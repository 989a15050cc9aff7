import Link from "next/link";
import type { ReactNode } from "react";
import { redirect } from "next/navigation";
import { getRequestViewer } from "@/server/auth";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  if (await getRequestViewer()) redirect("/dashboard");
  return (
    <main className="mx-auto flex min-h-dvh w-full max-w-md flex-col justify-center px-5 py-16">
      <Link href="/" className="mb-8 self-center font-serif text-2xl font-semibold">
        Kintsugi
      </Link>
      {children}
    </main>
  );
}
