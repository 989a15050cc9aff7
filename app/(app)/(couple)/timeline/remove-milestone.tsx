"use client";

import { Trash2 } from "lucide-react";
import { useRunInView } from "@/app/_components/live/live-view";
import { Button } from "@/app/_components/ui/button";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { toast } from "@/app/_components/ui/toast";
import { removeMilestone } from "./actions";
import type { TimelineShown } from "./timeline-address";

/** Taking back a milestone added by hand; the timeline comes back without it. */
export function RemoveMilestone({ id, shown }: { id: string; shown: TimelineShown }) {
  const run = useRunInView();
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="sm" className="-ml-2">
          <Trash2 aria-hidden />
          Remove
        </Button>
      }
      title="Remove this milestone?"
      description="It will leave the timeline for both of you."
      confirmLabel="Remove"
      destructive
      onConfirm={async () => {
        const result = await run(() => removeMilestone(id, shown));
        if (!result.ok) return result.error;
        toast.success("Removed from your timeline.");
      }}
    />
  );
}
