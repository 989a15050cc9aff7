import {
  Bookmark,
  CalendarHeart,
  Flame,
  Footprints,
  HeartHandshake,
  Sprout,
  Sunrise,
  type LucideIcon,
} from "lucide-react";
import type { TimelineKind } from "@/server/timeline/limits";

/** Each kind of milestone with its own icon, and its name in the filter. */
export const kindLooks: Record<TimelineKind, { label: string; icon: LucideIcon }> = {
  began: { label: "Beginning", icon: Sprout },
  manual: { label: "Added by you", icon: Bookmark },
  forgiveness: { label: "Forgiveness", icon: HeartHandshake },
  second_chance: { label: "Second chances", icon: Sunrise },
  date_kept: { label: "Dates kept", icon: CalendarHeart },
  streak: { label: "Streaks", icon: Flame },
  phase: { label: "Pace", icon: Footprints },
};
