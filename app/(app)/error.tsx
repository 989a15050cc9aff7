"use client";

import { ErrorState } from "@/app/_components/ui/error-state";

/** When a signed-in page fails to load: a plain sentence and a way to try again, inside the shell. */
export default function SignedInError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ErrorState
      title="This page didn't load"
      message="Something went wrong on our side. Your words are safe; please try again."
      onRetry={reset}
    />
  );
}
