"use client";

import { Images, Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { type ReactNode, useState } from "react";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { EmptyState } from "@/app/_components/ui/empty-state";
import { PageTitle } from "@/app/_components/ui/page-title";
import { toast } from "@/app/_components/ui/toast";
import { createMemory } from "./actions";
import { MemoryForm } from "./memory-form";

const BLANK = { title: "", happenedOn: "", place: "", story: "" };

/**
 * The album's page around its list (`children`, rendered on the server): the heading, and the
 * form a new memory is written in, which opens from the heading or the empty album's invitation.
 */
export function MemoriesFrame({ empty, children }: { empty: boolean; children: ReactNode }) {
  const router = useRouter();
  const [adding, setAdding] = useState(false);
  return (
    <div className="grid gap-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-1">
          <PageTitle>Memories</PageTitle>
          <p className="text-sm leading-relaxed text-muted-foreground">
            The good moments, kept together. Any of them can become a date again.
          </p>
        </div>
        {!adding && (
          <Button onClick={() => setAdding(true)}>
            <Plus aria-hidden />
            Add a memory
          </Button>
        )}
      </header>

      {adding && (
        <Card>
          <CardHeader>
            <CardTitle>A new memory</CardTitle>
            <CardDescription>You can add a photo once it&apos;s saved.</CardDescription>
          </CardHeader>
          <CardContent>
            <MemoryForm
              defaults={BLANK}
              submitLabel="Keep this memory"
              onSubmit={async (values) => {
                const result = await createMemory(values);
                if (result.ok) {
                  toast.success("Kept in your album.");
                  router.push(`/memories/${result.value.id}`);
                }
                return result;
              }}
              onCancel={() => setAdding(false)}
            />
          </CardContent>
        </Card>
      )}

      {!empty
        ? children
        : !adding && (
            <EmptyState
              icon={Images}
              title="Your album is empty"
              description="Start with one moment you both smile about: the first trip, a silly evening, a quiet morning."
              action={<Button onClick={() => setAdding(true)}>Add the first memory</Button>}
            />
          )}
    </div>
  );
}
