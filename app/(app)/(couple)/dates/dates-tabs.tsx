"use client";

import { type ReactNode, useState } from "react";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/app/_components/ui/tabs";
import type { DatesShown } from "./dates-address";

/**
 * The switch between the two lists, both rendered on the server. It opens on the page's
 * `?tab=`, so "Show more" on the past list comes back to the past list; after that the
 * choice is the person's, kept while the lists render again.
 */
export function DatesTabs({
  opened,
  upcoming,
  past,
}: {
  opened: DatesShown["tab"];
  upcoming: ReactNode;
  past: ReactNode;
}) {
  const [tab, setTab] = useState<string>(opened);
  const [openedBefore, setOpenedBefore] = useState(opened);
  // A "Show more" link opened the page again on its list.
  if (openedBefore !== opened) {
    setOpenedBefore(opened);
    setTab(opened);
  }
  return (
    <Tabs value={tab} onValueChange={setTab} className="grid gap-4">
      <TabsList>
        <TabsTrigger value="upcoming">Coming up</TabsTrigger>
        <TabsTrigger value="past">Past</TabsTrigger>
      </TabsList>
      <TabsContent value="upcoming">{upcoming}</TabsContent>
      <TabsContent value="past">{past}</TabsContent>
    </Tabs>
  );
}
