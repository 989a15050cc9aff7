"use client";

import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { HandHeart, Undo2 } from "lucide-react";
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
import { shortWeekdayDateTime } from "@/lib/date-words";
import { useTRPC } from "@/lib/trpc";
import { useFormFields } from "@/lib/use-form-fields";
import type { AppRouter } from "@/server/root";
import { DISCLOSURE_MAX, DISCLOSURES_PAGE_SIZE } from "@/server/disclosures/limits";

type Page = inferRouterOutputs<AppRouter>["disclosures"]["list"];
type Disclosure = Page["items"][number];

/** The composer and the list, which change as either partner writes; the page around them is the server's. */
export function DisclosuresView({
  initial,
  partnerName,
  empty,
}: {
  initial: Page;
  partnerName: string | null;
  /** Shown while nothing has been told. */
  empty: ReactNode;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useInfiniteQuery(
    trpc.disclosures.list.infiniteQueryOptions(
      { limit: DISCLOSURES_PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor, initialData: { pages: [initial], pageParams: [null] } },
    ),
  );
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.disclosures.pathKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.dashboard.get.queryKey() });
  };
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const other = partnerName ?? "your partner";

  return (
    <>
      <Composer onWritten={refresh} partnerName={other} />

      {list.isError ? (
        <ErrorState title="Disclosures didn't load" onRetry={() => list.refetch()} />
      ) : items.length === 0 ? (
        empty
      ) : (
        <section aria-labelledby="disclosures-heading" className="grid gap-3">
          <h2 id="disclosures-heading" className="sr-only">
            Everything told, newest first
          </h2>
          <ul className="grid gap-3">
            {items.map((disclosure) => (
              <li key={disclosure.id}>
                <DisclosureCard disclosure={disclosure} partnerName={other} onChanged={refresh} />
              </li>
            ))}
          </ul>
          {list.hasNextPage && (
            <Button
              variant="secondary"
              className="justify-self-center"
              onClick={() => list.fetchNextPage()}
              disabled={list.isFetchingNextPage}
            >
              {list.isFetchingNextPage ? "Loading…" : "Show earlier"}
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
    trpc.disclosures.write.mutationOptions({
      onSuccess: () => {
        form.reset();
        toast.success(`Told. ${partnerName} can read it now.`);
        onWritten();
      },
      onError: form.showError,
    }),
  );
  return (
    <Card>
      <CardHeader>
        <CardTitle>Tell something</CardTitle>
        <CardDescription>
          Only the two of you can see this. You can take it back until {partnerName} has acknowledged it.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form {...form.formProps(write.mutate)} className="grid gap-3">
          <Field
            label="What you'd like to tell"
            error={form.errors.body}
            hint={`${form.values.body.length} / ${DISCLOSURE_MAX}`}
          >
            <Textarea
              {...form.text("body")}
              required
              maxLength={DISCLOSURE_MAX}
              rows={5}
              data-testid="disclosure-body"
            />
          </Field>
          <FormError message={form.errors.form} />
          <div>
            <Button type="submit" disabled={write.isPending} data-testid="disclosure-submit">
              {write.isPending ? "Saving…" : "Tell"}
            </Button>
          </div>
        </form>
      </CardContent>
    </Card>
  );
}

function DisclosureCard({
  disclosure,
  partnerName,
  onChanged,
}: {
  disclosure: Disclosure;
  partnerName: string;
  onChanged: () => void;
}) {
  const trpc = useTRPC();
  const acknowledge = useMutation(
    trpc.disclosures.acknowledge.mutationOptions({ onSuccess: onChanged, onError: (error) => toast.error(error) }),
  );
  const takeBack = useMutation(trpc.disclosures.takeBack.mutationOptions({ onSuccess: onChanged }));
  return (
    <article
      id={`disclosure-${disclosure.id}`}
      data-testid="disclosure"
      className={cn(
        "grid scroll-mt-24 gap-3 rounded-xl border bg-card p-5 target:ring-2 target:ring-gold",
        disclosure.byMe ? "border-border" : "border-space/40",
      )}
    >
      <header className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
        <p className="font-medium">{disclosure.byMe ? "You told" : `${disclosure.authorName} told you`}</p>
        <time className="text-muted-foreground" dateTime={disclosure.createdAt.toISOString()}>
          {shortWeekdayDateTime(disclosure.createdAt)}
        </time>
      </header>
      <p className="text-base leading-relaxed whitespace-pre-wrap">{disclosure.body}</p>
      <footer className="flex flex-wrap items-center justify-between gap-3 border-t border-border pt-3">
        {disclosure.acknowledgedAt ? (
          <p className="flex items-center gap-2 text-sm text-calm" data-testid="disclosure-acknowledged">
            <HandHeart aria-hidden className="size-4" />
            {disclosure.byMe ? `${partnerName} thanked you for telling them` : "You thanked them for telling you"}
            <span className="text-muted-foreground">· {shortWeekdayDateTime(disclosure.acknowledgedAt)}</span>
          </p>
        ) : disclosure.canAcknowledge ? (
          <Button
            variant="gold"
            onClick={() => acknowledge.mutate({ id: disclosure.id })}
            disabled={acknowledge.isPending}
            data-testid="disclosure-acknowledge"
          >
            <HandHeart aria-hidden />
            Thank you for telling me
          </Button>
        ) : (
          <p className="text-sm text-muted-foreground">{partnerName} will read it in their own time.</p>
        )}
        {disclosure.canTakeBack && (
          <ConfirmDialog
            trigger={
              <Button variant="ghost" size="sm">
                <Undo2 aria-hidden />
                Take back
              </Button>
            }
            title="Take this back?"
            description="It will be gone for both of you. This can't be undone."
            confirmLabel="Take back"
            destructive
            onConfirm={async () => {
              await takeBack.mutateAsync({ id: disclosure.id });
              toast.success("Taken back.");
            }}
          />
        )}
      </footer>
    </article>
  );
}
