"use client";

import { Check, Copy } from "lucide-react";
import { useEffect, useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { shortWeekdayDate } from "@/lib/date-words";

/** Shows a freshly made invite: the code is only ever known right after it is made. */
export function InviteShare({ invite }: { invite: { code: string; expiresAt: Date } }) {
  const [origin, setOrigin] = useState("");
  const [copied, setCopied] = useState(false);
  useEffect(() => setOrigin(window.location.origin), []);
  const link = `${origin}/join/${invite.code}`;

  async function copy() {
    await navigator.clipboard.writeText(link);
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  }

  return (
    <div className="grid gap-3 rounded-lg border border-gold/50 bg-gold-soft/40 p-4">
      <label className="grid gap-1.5 text-sm font-medium">
        Invite link
        <input
          readOnly
          value={link}
          data-testid="invite-link"
          onFocus={(event) => event.currentTarget.select()}
          className="h-11 w-full rounded-md border border-input bg-card px-3 font-mono text-sm"
        />
      </label>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-muted-foreground">
          Code{" "}
          <span className="font-mono font-medium text-foreground" data-testid="invite-code">
            {invite.code}
          </span>{" "}
          · valid until {shortWeekdayDate(invite.expiresAt)}
        </p>
        <Button size="sm" variant="gold" onClick={copy}>
          {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
          {copied ? "Copied" : "Copy link"}
        </Button>
      </div>
    </div>
  );
}
