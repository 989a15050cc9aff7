import {
  CalendarHeart,
  HeartHandshake,
  HeartPulse,
  House,
  Images,
  ListChecks,
  MessageCircleHeart,
  Milestone,
  Settings,
  type LucideIcon,
} from "lucide-react";

export type Destination = {
  href: string;
  label: string;
  /** A shorter label where space is tight (the phone tab bar). */
  tabLabel?: string;
  icon: LucideIcon;
  /** On phones, whether it has its own tab or sits under "More". */
  inTabBar: boolean;
};

/*
 * Every section of the couple space, in order of daily use. Phones show the first few as tabs:
 * four fit at 390 px with readable labels, the fifth slot is "More". Read on the server only
 * (the side nav and the tab bar draw the icons there), so no icon code reaches the browser.
 */
export const destinations: readonly Destination[] = [
  { href: "/dashboard", label: "Dashboard", tabLabel: "Home", icon: House, inTabBar: true },
  { href: "/forgiveness", label: "Forgiveness", icon: HeartHandshake, inTabBar: true },
  { href: "/responsibilities", label: "Responsibilities", tabLabel: "Tasks", icon: ListChecks, inTabBar: true },
  { href: "/dates", label: "Dates", icon: CalendarHeart, inTabBar: true },
  { href: "/memories", label: "Memories", icon: Images, inTabBar: false },
  { href: "/check-in", label: "Check-in", icon: HeartPulse, inTabBar: false },
  { href: "/disclosures", label: "Disclosures", icon: MessageCircleHeart, inTabBar: false },
  { href: "/timeline", label: "Timeline", icon: Milestone, inTabBar: false },
  { href: "/settings", label: "Settings", icon: Settings, inTabBar: false },
];
