"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { safeNextPath } from "@/lib/safe-next-path";
import { signInWith } from "@/lib/sign-in";
import { useTokenLeavesAddressBar } from "../use-token-from-address";

export function ConfirmButton({ token, next, label }: { token: string; next: string; label: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useTokenLeavesAddressBar();

  async function confirm() {
    setBusy(true);
    setError(null);
    const problem = await signInWith("email-link", { token }).catch(
      () => "We couldn't reach Kintsugi. Please try again.",
    );
    if (problem) {
      setBusy(false);
      setError(problem !== "CredentialsSignin" ? problem : "This link has expired or was already used.");
      return;
    }
    router.replace(safeNextPath(next, "/welcome"));
    router.refresh();
  }

  return (
    <div className="grid gap-4">
      {error && (
        <p role="alert" className="rounded-md bg-muted px-3 py-2 text-sm text-danger">
          {error}
        </p>
      )}
      <Button size="lg" onClick={confirm} disabled={busy}>
        {busy ? "Confirming…" : label}
      </Button>
    </div>
  );
}
