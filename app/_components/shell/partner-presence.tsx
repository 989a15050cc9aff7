import type { ReactNode } from "react";
import { AvatarPair } from "@/app/_components/ui/avatar-pair";

type Person = { name: string };

/** Who the space is shared with, and (when a feature fills it) how ready they are to talk. */
export function PartnerPresence({ me, partner, status }: { me: Person; partner: Person | null; status?: ReactNode }) {
  return (
    <div className="flex min-w-0 items-center gap-3">
      {/* On phones the name needs the room beside the mark and the quick exit; the avatars say it again. */}
      <span className="hidden sm:inline-flex">
        <AvatarPair me={me} partner={partner} size="sm" />
      </span>
      <div className="grid min-w-0 gap-0.5">
        {partner ? (
          <p className="truncate text-sm leading-tight">
            <span className="text-muted-foreground">With </span>
            <span className="font-medium">{partner.name}</span>
          </p>
        ) : (
          // Short enough for a phone header beside the quick exit; the avatars' label says the rest.
          <p className="truncate text-sm leading-tight text-muted-foreground">Just you, for now</p>
        )}
        {partner && status && <div className="min-w-0 truncate text-xs leading-tight">{status}</div>}
      </div>
    </div>
  );
}
