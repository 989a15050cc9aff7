"use client";

import { RotateCcw, Trash2 } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useRunInView } from "@/app/_components/live/live-view";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { toast } from "@/app/_components/ui/toast";
import { removeMemory, updateMemory } from "../actions";
import { MemoryForm, type MemoryFormValues } from "../memory-form";

/** The story with what can be done to it, or the form it is edited in. */
export function MemoryStory({
  memory,
  addedBy,
  canPlan,
}: {
  memory: MemoryFormValues & { id: string };
  addedBy: string;
  canPlan: boolean;
}) {
  const run = useRunInView();
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const { id, ...values } = memory;

  if (editing)
    return (
      <Card>
        <CardHeader>
          <CardTitle>Edit the memory</CardTitle>
        </CardHeader>
        <CardContent>
          <MemoryForm
            defaults={values}
            submitLabel="Save"
            onSubmit={async (edited) => {
              const result = await run(() => updateMemory({ ...edited, id }));
              if (result.ok) {
                toast.success("Saved.");
                setEditing(false);
              }
              return result;
            }}
            onCancel={() => setEditing(false)}
          />
        </CardContent>
      </Card>
    );

  return (
    <Card>
      <CardContent standalone className="grid gap-4">
        {memory.story ? (
          <p className="whitespace-pre-wrap leading-relaxed">{memory.story}</p>
        ) : (
          <p className="text-sm text-muted-foreground">No story written yet.</p>
        )}
        <p className="text-xs text-muted-foreground">Added by {addedBy}.</p>
        <div className="flex flex-wrap gap-2">
          {canPlan && (
            <Button asChild>
              <Link href={`/dates/new?memory=${id}`}>
                <RotateCcw aria-hidden />
                Recreate this
              </Link>
            </Button>
          )}
          <Button variant="secondary" onClick={() => setEditing(true)}>
            Edit
          </Button>
          <ConfirmDialog
            trigger={
              <Button variant="ghost">
                <Trash2 aria-hidden />
                Remove
              </Button>
            }
            title="Remove this memory?"
            description="It will be gone from the album for both of you. Dates that recreated it stay."
            confirmLabel="Remove it"
            cancelLabel="Keep it"
            destructive
            onConfirm={async () => {
              const result = await removeMemory(id);
              if (!result.ok) return result.error;
              toast.success("Memory removed.");
              router.push("/memories");
            }}
          />
        </div>
      </CardContent>
    </Card>
  );
}
