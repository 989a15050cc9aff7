import {
  CalendarHeart,
  CircleDot,
  Lightbulb,
  MessageCircleHeart,
  NotebookPen,
  Ear,
  Feather,
  HandHeart,
  HeartHandshake,
  Hourglass,
  Repeat,
  type LucideIcon,
} from "lucide-react";

/**
 * Icons for dashboard items, by the `kind` a server section gives them. A feature that
 * adds a dashboard section adds its kinds here; unknown kinds get a neutral dot.
 */
const iconByKind: Record<string, LucideIcon> = {
  "vents.unacknowledged": Ear,
  "vents.awaiting": Feather,
  "disclosures.unacknowledged": MessageCircleHeart,
  "disclosures.awaiting": Hourglass,
  "responsibility.proposal": HandHeart,
  "responsibility.proposed": Hourglass,
  "responsibility.change": Repeat,
  "forgiveness.asked": HeartHandshake,
  "forgiveness.sent": Hourglass,
  "dates.idea": Lightbulb,
  "dates.ideas": CalendarHeart,
  "dates.reflection": NotebookPen,
};

export function iconForKind(kind: string): LucideIcon {
  return iconByKind[kind] ?? CircleDot;
}
