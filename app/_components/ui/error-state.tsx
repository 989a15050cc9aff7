"use client";

import { CloudOff, RotateCw } from "lucide-react";
import { useState } from "react";
import { cn } from "@/lib/cn";
import { Button } from "./button";

/** Shown where content failed to load: what happened in plain words, and a way to try again. */
export function ErrorState({
  title = "This didn't load",
  message = "It may be the connection. Your words are safe.",
  onRetry,
  className,
}: {
  title?: string;
  message?: string;
  onRetry: () => Promise<unknown> | void;
  className?: string;
}) {
  const [retrying, setRetrying] = useState(false);

  async function retry() {
    setRetrying(true);
    try {
      await onRetry();
    } finally {
      setRetrying(false);
    }
  }

  return (
    <div
      role="alert"
      className={cn(
        "flex flex-col items-center gap-3 rounded-xl border border-border bg-card px-6 py-8 text-center",
        className,
      )}
    >
      <CloudOff aria-hidden className="size-6 text-muted-foreground" />
      <p className="font-serif text-lg leading-snug">{title}</p>
      <p className="max-w-sm text-sm leading-relaxed text-muted-foreground">{message}</p>
      <Button variant="secondary" onClick={retry} disabled={retrying} className="mt-1">
        <RotateCw aria-hidden className={cn(retrying && "motion-safe:animate-spin")} />
        {retrying ? "Trying again…" : "Retry"}
      </Button>
    </div>
  );
}
