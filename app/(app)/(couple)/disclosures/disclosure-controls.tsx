"use client";

import { HandHeart, Undo2 } from "lucide-react";
import { DISCLOSURE_MAX } from "@/server/disclosures/limits";
import { AcknowledgeWords, RemoveWords, WordsComposer } from "../_acknowledged-words/words-controls";
import { acknowledgeDisclosure, takeBackDisclosure, writeDisclosure } from "./actions";

export function DisclosureComposer({ partnerName, pages }: { partnerName: string; pages: number }) {
  return (
    <WordsComposer
      kind="disclosure"
      title="Tell something"
      description={`Only the two of you can see this. You can take it back until ${partnerName} has acknowledged it.`}
      label="What you'd like to tell"
      limit={DISCLOSURE_MAX}
      submitLabel="Tell"
      written={`Told. ${partnerName} can read it now.`}
      write={(values) => writeDisclosure(values, pages)}
    />
  );
}

export function AcknowledgeDisclosure({ id, pages }: { id: string; pages: number }) {
  return (
    <AcknowledgeWords kind="disclosure" acknowledge={() => acknowledgeDisclosure(id, pages)}>
      <HandHeart aria-hidden />
      Thank you for telling me
    </AcknowledgeWords>
  );
}

export function TakeBackDisclosure({ id, pages }: { id: string; pages: number }) {
  return (
    <RemoveWords
      trigger={
        <>
          <Undo2 aria-hidden />
          Take back
        </>
      }
      title="Take this back?"
      description="It will be gone for both of you. This can't be undone."
      confirmLabel="Take back"
      removed="Taken back."
      remove={() => takeBackDisclosure(id, pages)}
    />
  );
}
