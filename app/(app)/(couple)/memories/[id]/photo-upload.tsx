"use client";

import { ImagePlus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { useRunInView } from "@/app/_components/live/live-view";
import { Button } from "@/app/_components/ui/button";
import { toast } from "@/app/_components/ui/toast";
import { removeMemoryPhoto } from "../actions";

const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
const ACCEPTED = "image/jpeg,image/png,image/webp";

/**
 * Adding, replacing or removing the memory's photo. The upload goes to the photo route (a
 * file, checked there by its bytes); the page then renders again with it.
 */
export function PhotoUpload({ memoryId, hasPhoto }: { memoryId: string; hasPhoto: boolean }) {
  const run = useRunInView();
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [removing, startRemoving] = useTransition();
  const removePhoto = () =>
    startRemoving(async () => {
      const result = await run(() => removeMemoryPhoto(memoryId));
      if (result.ok) toast.success("Photo removed.");
      else toast.error(result.error);
    });

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
      router.refresh();
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
          <Button type="button" variant="ghost" onClick={removePhoto} disabled={removing}>
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
