"use client";

import { useEffect, useState } from "react";
import { CopyLinkField } from "@/app/_components/copy-link-field";
import { shortWeekdayDate } from "@/lib/date-words";

/** Shows a freshly made invite: the code is only ever known right after it is made. */
export function InviteShare({ invite }: { invite: { code: string; expiresAt: Date } }) {
  const [origin, setOrigin] = useState("");
  useEffect(() => setOrigin(window.location.origin), []);

  return (
    <CopyLinkField label="Invite link" link={`${origin}/join/${invite.code}`} testId="invite-link">
      Code{" "}
      <span className="font-mono font-medium text-foreground" data-testid="invite-code">
        {invite.code}
      </span>{" "}
      · valid until {shortWeekdayDate(invite.expiresAt)}
    </CopyLinkField>
  );
}
