"use client";

import { useSyncExternalStore } from "react";
import { CopyLinkField } from "@/app/_components/copy-link-field";
import { shortWeekdayDate } from "@/lib/date-words";

const unchanging = () => () => {};

/** Shows a freshly made invite: the code is only ever known right after it is made. */
export function InviteShare({ invite }: { invite: { code: string; expiresAt: Date } }) {
  // The address the browser used (the server never trusts a request's Host): known at once
  // when rendered in the browser, and right after hydration when rendered on the server.
  const origin = useSyncExternalStore(
    unchanging,
    () => window.location.origin,
    () => "",
  );

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
