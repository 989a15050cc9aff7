"use client";

import { Check, Copy } from "lucide-react";
import { useState, type ReactNode } from "react";
import { Button } from "@/app/_components/ui/button";

/**
 * A link shown to copy and pass on (an invite, a counsellor's share): selected whole on
 * focus, with a button that copies it. `children` say what the link is good for, beside the button.
 */
export function CopyLinkField({
  label,
  link,
  testId,
  children,
}: {
  label: string;
  link: string;
  testId: string;
  children: ReactNode;
}) {
  const [copied, setCopied] = useState(false);

  async function copy() {
    await navigator.clipboard.writeText(link);
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  }

  return (
    <div className="grid gap-3 rounded-lg border border-gold/50 bg-gold-soft/40 p-4">
      <label className="grid gap-1.5 text-sm font-medium">
        {label}
        <input
          readOnly
          value={link}
          data-testid={testId}
          onFocus={(event) => event.currentTarget.select()}
          className="h-11 w-full rounded-md border border-input bg-card px-3 font-mono text-sm"
        />
      </label>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-muted-foreground">{children}</p>
        <Button size="sm" variant="gold" onClick={copy}>
          {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
          {copied ? "Copied" : "Copy link"}
        </Button>
      </div>
    </div>
  );
}
