"use client";

import { Ear, Trash2 } from "lucide-react";
import { VENT_MAX } from "@/server/vents/limits";
import { AcknowledgeWords, RemoveWords, WordsComposer } from "../_acknowledged-words/words-controls";
import { acknowledgeVent, deleteVent, writeVent } from "./actions";

export function VentComposer({ partnerName, pages }: { partnerName: string; pages: number }) {
  return (
    <WordsComposer
      kind="vent"
      title="Let it out"
      description="Only the two of you can see this. You can delete it later."
      label="What hurts right now"
      limit={VENT_MAX}
      submitLabel="Share it"
      written={`Written. ${partnerName} can read it now.`}
      write={(values) => writeVent(values, pages)}
    />
  );
}

export function AcknowledgeVent({ id, pages }: { id: string; pages: number }) {
  return (
    <AcknowledgeWords kind="vent" acknowledge={() => acknowledgeVent(id, pages)}>
      <Ear aria-hidden />I read this and I hear you
    </AcknowledgeWords>
  );
}

export function DeleteVent({ id, pages, acknowledged }: { id: string; pages: number; acknowledged: boolean }) {
  return (
    <RemoveWords
      trigger={
        <>
          <Trash2 aria-hidden />
          Delete
        </>
      }
      title="Delete this vent?"
      description={`It will be gone for both of you${acknowledged ? ", along with the acknowledgement" : ""}. This can't be undone.`}
      confirmLabel="Delete"
      removed="Deleted."
      remove={() => deleteVent(id, pages)}
    />
  );
}
