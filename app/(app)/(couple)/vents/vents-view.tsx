"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { shortWeekdayDateTime } from "@/lib/date-words";
import { Ear, HeartHandshake, Trash2 } from "lucide-react";
import type { ReactNode } from "react";
import type { inferRouterOutputs } from "@trpc/server";
import { Button } from "@/app/_components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/app/_components/ui/card";
import { ConfirmDialog } from "@/app/_components/ui/confirm-dialog";
import { ErrorState } from "@/app/_components/ui/error-state";
import { Field } from "@/app/_components/ui/field";
import { FormError } from "@/app/_components/ui/form";
import { Textarea } from "@/app/_components/ui/input";
import { toast } from "@/app/_components/ui/toast";
import { cn } from "@/lib/cn";
import { useTRPC } from "@/lib/trpc";
import { useFormFields } from "@/lib/use-form-fields";
import type { AppRouter } from "@/server/root";
import { VENT_MAX, VENTS_PAGE_SIZE } from "@/server/vents/limits";

type Page = inferRouterOutputs<AppRouter>["vents"]["list"];
type Vent = Page["items"][number];

/** The composer and the list, which change as either partner writes; the page around them is the server's. */
export function VentsView({
  initial,
  partnerName,
  empty,
}: {
  initial: Page;
  partnerName: string | null;
  /** Shown while there are no vents. */
  empty: ReactNode;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const options = trpc.vents.list.infiniteQueryOptions(
    { limit: VENTS_PAGE_SIZE },
    {
      getNextPageParam: (page) => page.nextCursor,
      initialData: { pages: [initial], pageParams: [null] },
    },
  );
  const vents = useInfiniteQuery(options);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.vents.pathKey() });
  const items = vents.data?.pages.flatMap((page) => page.items) ?? [];
  const other = partnerName ?? "your partner";

  return (
    <>
      <Composer onWritten={refresh} partnerName={other} />

      {vents.isError ? (
        <ErrorState title="Your vents didn't load" onRetry={() => vents.refetch()} />
      ) : items.length === 0 ? (
        empty
      ) : (
        <section aria-labelledby="vents-heading" className="grid gap-3">
          <h2 id="vents-heading" className="sr-only">
            All vents, newest first
          </h2>
          <ul className="grid gap-3">
            {items.map((vent) => (
              <li key={vent.id}>
                <VentCard vent={vent} partnerName={other} onChanged={refresh} />
              </li>
            ))}
          </ul>
          {vents.hasNextPage && (
            <Button
              variant="secondary"
              className="justify-self-center"
              onClick={() => vents.fetchNextPage()}
              disabled={vents.isFetchingNextPage}
            >
              {vents.isFetchingNextPage ? "Loading…" : "Show earlier vents"}
            </Button>
          )}
        </section>
      )}
    </>
  );
}

function Composer({ onWritten, partnerName }: { onWritten: () => void; partnerName: string }) {
  const trpc = useTRPC();
  const form = useFormFields({ body: "" });
  const write = useMutation(
    trpc.vents.write.mutationOptions({
      onSuccess: () => {
        form.reset();
        toast.success(`Written. ${partnerName} can read it now.`);
        onWritten();
      },
      onError: form.showError,
    }),
  );
  return (
    <Card>
      <CardHeader>
        <CardTitle>Let it out</CardTitle>
        <CardDescription>Only the two of you can see this. You can delete it later.</CardDescription>
      </CardHeader>
      <CardContent>
        <form {...form.formProps(write.mutate)} className="grid gap-3">
          <Field
            label="What hurts right now"
            error={form.errors.body}
            count={{ value: form.values.body, limit: VENT_MAX }}
          >
            <Textarea {...form.text("body")} required rows={5} data-testid="vent-body" />
          </Field>
          <FormError message={form.errors.form} />
          <div>
            <Button type="submit" disabled={write.isPending} data-testid="vent-submit">
              {write.isPending ? "Saving…" : "Share it"}
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}

function VentCard({ vent, partnerName, onChanged }: { vent: Vent; partnerName: string; onChanged: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const onDone = () => {
    onChanged();
    void queryClient.invalidateQueries({ queryKey: trpc.dashboard.get.queryKey() });
  };
  const acknowledge = useMutation(
    trpc.vents.acknowledge.mutationOptions({ onSuccess: onDone, onError: (error) => toast.error(error) }),
  );
  const remove = useMutation(trpc.vents.remove.mutationOptions({ onSuccess: onDone }));

  return (
    <article
      id={`vent-${vent.id}`}
      data-testid="vent"
      className={cn(
        "grid gap-3 rounded-xl border bg-card p-5 outline-none",
        vent.byMe ? "border-border" : "border-vent/40",
      )}
    >
      <header className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
        <p className="font-medium">{vent.byMe ? "You wrote" : `${vent.authorName} wrote`}</p>
        <time className="text-muted-foreground" dateTime={vent.createdAt.toISOString()}>
          {shortWeekdayDateTime(vent.createdAt)}
        </time>
      </header>
      <p className="text-base leading-relaxed whitespace-pre-wrap">{vent.body}</p>
      <footer className="flex flex-wrap items-center justify-between gap-3 border-t border-border pt-3">
        {vent.acknowledgedAt ? (
          <p className="flex items-center gap-2 text-sm text-calm" data-testid="vent-acknowledged">
            <HeartHandshake aria-hidden className="size-4" />
            {vent.byMe ? `${partnerName} read this and hears you` : "You said you read this and hear them"}
            <span className="text-muted-foreground">· {shortWeekdayDateTime(vent.acknowledgedAt)}</span>
          </p>
        ) : vent.canAcknowledge ? (
          <Button
            variant="gold"
            onClick={() => acknowledge.mutate({ id: vent.id })}
            disabled={acknowledge.isPending}
            data-testid="vent-acknowledge"
          >
            <Ear aria-hidden />I read this and I hear you
          </Button>
        ) : (
          <p className="text-sm text-muted-foreground">Waiting for {partnerName}, in their own time.</p>
        )}
        {vent.canDelete && (
          <ConfirmDialog
            trigger={
              <Button variant="ghost" size="sm">
                <Trash2 aria-hidden />
                Delete
              </Button>
            }
            title="Delete this vent?"
            description={`It will be gone for both of you${vent.acknowledgedAt ? ", along with the acknowledgement" : ""}. This can't be undone.`}
            confirmLabel="Delete"
            destructive
            onConfirm={async () => {
              await remove.mutateAsync({ id: vent.id });
              toast.success("Deleted.");
            }}
          />
        )}
      </footer>
    </article>
  );
}
