import type { Metadata } from "next";
import { TRPCError } from "@trpc/server";
import { notFound, redirect } from "next/navigation";
import { coupleApi, coupleViewer } from "../../../couple-viewer";
import { Composer, type ComposerValues } from "../../_components/composer";
import { PageTitle } from "@/app/_components/ui/page-title";
import { isUuid } from "@/lib/uuid";

export const metadata: Metadata = { title: "Write a request" };

export default async function WritePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ kind?: string }>;
}) {
  const viewer = await coupleViewer();
  const [{ id }, { kind }] = await Promise.all([params, searchParams]);
  if (!isUuid(id)) notFound();

  let initial: ComposerValues = {
    id,
    kind: kind === "second_chance" ? "second_chance" : "forgiveness",
    whatIDid: "",
    howItHurt: "",
    whatIAmDoing: "",
    ask: "",
  };
  let savedBefore = false;
  try {
    const draft = await (await coupleApi()).forgiveness.get({ id });
    // Sent already (another tab, or the back button): show it as it was sent.
    if (draft.status !== "draft") redirect(`/forgiveness/${id}`);
    initial = {
      id,
      kind: draft.kind,
      whatIDid: draft.whatIDid,
      howItHurt: draft.howItHurt,
      whatIAmDoing: draft.whatIAmDoing,
      ask: draft.ask,
    };
    savedBefore = true;
  } catch (error) {
    // Not saved yet: a fresh draft. (An id that is someone else's also lands here, and saving it is refused.)
    if (!(error instanceof TRPCError && error.code === "NOT_FOUND")) throw error;
  }

  return (
    <div className="grid gap-6">
      <header className="grid gap-2">
        <PageTitle>Write to {viewer.partner?.name ?? "your partner"}</PageTitle>
        <p className="text-muted-foreground">
          Take your time. Your words are saved as you write, and only you can see them until you send.
        </p>
      </header>
      <Composer initial={initial} savedBefore={savedBefore} partnerName={viewer.partner?.name ?? null} />
    </div>
  );
}
