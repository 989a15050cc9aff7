import { Leaf, MessagesSquare, Wind, type LucideIcon } from "lucide-react";
import type { ReadinessStateName } from "@/server/readiness/states";

export { READINESS_NOTE_MAX, readinessStates } from "@/server/readiness/states";

type StateLook = {
  /** On my own buttons: what I am choosing. */
  label: string;
  /** About the partner, after their name. */
  partnerPhrase: string;
  /** A gentle line on what it asks of the other. */
  hint: string;
  icon: LucideIcon;
  tone: "calm" | "space" | "vent";
};

export const readinessLooks: Record<ReadinessStateName, StateLook> = {
  open_to_talk: {
    label: "Open to talk",
    partnerPhrase: "is open to talk",
    hint: "A good moment to reach out, gently.",
    icon: MessagesSquare,
    tone: "calm",
  },
  need_space: {
    label: "Need some space",
    partnerPhrase: "needs some space",
    hint: "Give them room for now. It isn't a no forever.",
    icon: Leaf,
    tone: "space",
  },
  need_to_vent: {
    label: "Need to vent",
    partnerPhrase: "needs to vent",
    hint: "Listen without defending yourself.",
    icon: Wind,
    tone: "vent",
  },
};

export const toneClasses: Record<StateLook["tone"], { soft: string; text: string; border: string }> = {
  calm: { soft: "bg-calm-soft", text: "text-calm", border: "border-calm/40" },
  space: { soft: "bg-space-soft", text: "text-space", border: "border-space/40" },
  vent: { soft: "bg-vent-soft", text: "text-vent", border: "border-vent/40" },
};
