"use client";

import Link from "next/link";
import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { CalendarHeart, ImagePlus, MapPin, RotateCcw, Trash2 } from "lucide-react";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { toast } from "@/app/_components/ui/toast";
import { useTRPC } from "@/lib/trpc";
import type { AppRouter } from "@/server/root";
import { BackLink } from "@/app/_components/ui/back-link";
import { longDate } from "@/lib/date-words";
import { formatPlanTime } from "@/lib/plan-time";
import { MemoryForm } from "../memory-form";
import { PageTitle } from "@/app/_components/ui/page-title";

type Memory = inferRouterOutputs<AppRouter>["memories"]["get"];

const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
const ACCEPTED = "image/jpeg,image/png,image/webp";

function PhotoUpload({
  memoryId,
  hasPhoto,
  onChanged,
}: {
  memoryId: string;
  hasPhoto: boolean;
  onChanged: () => void;
}) {
  const trpc = useTRPC();
  const input = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const removePhoto = useMutation(
    trpc.memories.removePhoto.mutationOptions({
      onSuccess: () => {
        toast.success("Photo removed.");
        onChanged();
      },
      onError: (error) => toast.error(error),
    }),
  );

  async function upload(file: File) {
    setProblem(null);
    // The server checks again, by the file's bytes; this only saves a wasted upload.
    if (file.size > MAX_PHOTO_BYTES) return setProblem("Photos can be up to 5 MB. Try a smaller one.");
    setUploading(true);
    try {
      const body = new FormData();
      body.set("photo", file);
      const response = await fetch(`/memories/${memoryId}/photo`, { method: "POST", body });
      if (!response.ok) {
        const answer = (await response.json().catch(() => null)) as { message?: string } | null;
        setProblem(answer?.message ?? "We couldn't upload that photo. Please try again.");
        return;
      }
      toast.success("Photo added.");
      onChanged();
    } catch {
      setProblem("We couldn't reach Kintsugi. Check your connection and try again.");
    } finally {
      setUploading(false);
      if (input.current) input.current.value = "";
    }
  }

  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap gap-2">
        <label className="inline-flex">
          <span className="sr-only">Choose a photo (JPEG, PNG or WebP, up to 5 MB)</span>
          <input
            ref={input}
            type="file"
            accept={ACCEPTED}
            className="sr-only"
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void upload(file);
            }}
          />
        </label>
        <Button type="button" variant="secondary" onClick={() => input.current?.click()} disabled={uploading}>
          <ImagePlus aria-hidden />
          {uploading ? "Uploading…" : hasPhoto ? "Replace the photo" : "Add a photo"}
        </Button>
        {hasPhoto && (
          <Button
            type="button"
            variant="ghost"
            onClick={() => removePhoto.mutate({ id: memoryId })}
            disabled={removePhoto.isPending}
          >
            Remove the photo
          </Button>
        )}
      </div>
      <p className="text-sm text-muted-foreground">JPEG, PNG or WebP, up to 5 MB.</p>
      <div role="alert" className="empty:hidden">
        {problem && <p className="text-sm font-medium text-danger">{problem}</p>}
      </div>
    </div>
  );
}

export function MemoryDetail({ initial, canPlan }: { initial: Memory; canPlan: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const { data } = useQuery(trpc.memories.get.queryOptions({ id: initial.id }, { initialData: initial }));
  const memory = data ?? initial;
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.memories.pathKey() });
  const update = useMutation(
    trpc.memories.update.mutationOptions({
      onSuccess: () => {
        toast.success("Saved.");
        setEditing(false);
        void refresh();
      },
    }),
  );
  const remove = useMutation(trpc.memories.remove.mutationOptions());

  return (
    <div className="grid gap-6">
      <header className="grid gap-2">
        <BackLink href="/memories">Memories</BackLink>
        <PageTitle>{memory.title}</PageTitle>
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-muted-foreground">
          <span>{longDate(memory.happenedOn)}</span>
          {memory.place && (
            <span className="flex items-center gap-1">
              <MapPin aria-hidden className="size-4" />
              {memory.place}
            </span>
          )}
        </p>
      </header>

      {memory.photo && (
        // A private, session-checked image: served as is, no image optimiser in between.
        <img
          src={memory.photo.url}
          alt={`Photo: ${memory.title}`}
          className="max-h-[28rem] w-full rounded-lg border border-border object-contain bg-muted"
        />
      )}

      {editing ? (
        <Card>
          <CardHeader>
            <CardTitle>Edit the memory</CardTitle>
          </CardHeader>
          <CardContent>
            <MemoryForm
              defaults={{
                title: memory.title,
                happenedOn: memory.happenedOn,
                place: memory.place,
                story: memory.story,
              }}
              submitLabel="Save"
              pending={update.isPending}
              onSubmit={(values) => update.mutateAsync({ ...values, id: memory.id })}
              onCancel={() => setEditing(false)}
            />
          </CardContent>
        </Card>
      ) : (
        <Card>
          <CardContent standalone className="grid gap-4">
            {memory.story ? (
              <p className="whitespace-pre-wrap leading-relaxed">{memory.story}</p>
            ) : (
              <p className="text-sm text-muted-foreground">No story written yet.</p>
            )}
            <p className="text-xs text-muted-foreground">Added by {memory.addedBy?.name ?? "one of you"}.</p>
            <div className="flex flex-wrap gap-2">
              {canPlan && (
                <Button asChild>
                  <Link href={`/dates/new?memory=${memory.id}`}>
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
                  await remove.mutateAsync({ id: memory.id });
                  toast.success("Memory removed.");
                  await refresh();
                  router.push("/memories");
                }}
              />
            </div>
          </CardContent>
        </Card>
      )}

      <Card>
        <CardHeader>
          <CardTitle>Photo</CardTitle>
        </CardHeader>
        <CardContent>
          <PhotoUpload memoryId={memory.id} hasPhoto={memory.photo !== null} onChanged={() => void refresh()} />
        </CardContent>
      </Card>

      {memory.recreatedAs.length > 0 && (
        <Card>
          <CardHeader>
            <CardTitle>Recreated as</CardTitle>
          </CardHeader>
          <CardContent>
            <ul className="grid gap-1">
              {memory.recreatedAs.map((plan) => (
                <li key={plan.id}>
                  <Link
                    href={`/dates/${plan.id}`}
                    className="flex items-center gap-3 rounded-lg px-2 py-2 hover:bg-muted"
                  >
                    <CalendarHeart aria-hidden className="size-4 text-gold-foreground" />
                    <span className="flex-1">{plan.title}</span>
                    <span className="text-sm text-muted-foreground">
                      {formatPlanTime(plan.startsAt, plan.timeZone)}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      )}
    </div>
  );
}
