import type { Metadata } from "next";
import { LiveView } from "@/app/_components/live/live-view";
import { datesShown } from "./dates-address";
import { renderDates } from "./render-dates";

export const metadata: Metadata = { title: "Dates" };

/** Rendered on the server, and again there when either partner plans, changes or keeps a date. */
export default async function DatesPage({
  searchParams,
}: {
  searchParams: Promise<{ tab?: unknown; upcoming?: unknown; past?: unknown }>;
}) {
  const shown = datesShown(await searchParams);
  return (
    <LiveView
      name="dates"
      params={{ tab: shown.tab, upcoming: String(shown.upcoming), past: String(shown.past) }}
      initial={await renderDates(shown)}
      routers={["dates"]}
    />
  );
}
