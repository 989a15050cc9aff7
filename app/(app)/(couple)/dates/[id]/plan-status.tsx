"use client";

import { ActionForm } from "@/app/_components/actions/action-form";
import { useRunInView } from "@/app/_components/live/live-view";
import { Button } from "@/app/_components/ui/button";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { toast } from "@/app/_components/ui/toast";
import { setPlanStatus } from "../actions";

type PlanRef = { id: string; version: number };

/** Calling the date off, after asking: the partner will see it. */
export function CallOffPlan({ plan, partnerName }: { plan: PlanRef; partnerName: string }) {
  const run = useRunInView();
  return (
    <ConfirmDialog
      trigger={<Button variant="ghost">Call it off</Button>}
      title="Call off this date?"
      description={`${partnerName} will see that it was called off. You can always plan another.`}
      confirmLabel="Call it off"
      cancelLabel="Keep it"
      onConfirm={async () => {
        const result = await run(() => setPlanStatus({ ...plan, status: "cancelled" }));
        if (!result.ok) return result.error;
        if (result.notice) toast.success(result.notice);
      }}
    />
  );
}

/** Saying the date happened: it goes on the timeline. */
export function KeepPlan({ plan }: { plan: PlanRef }) {
  return (
    <ActionForm action={() => setPlanStatus({ ...plan, status: "done" })}>
      <Button type="submit">We kept this date</Button>
    </ActionForm>
  );
}
