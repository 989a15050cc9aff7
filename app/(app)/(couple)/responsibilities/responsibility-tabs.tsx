"use client";

import { HandHeart, Sprout } from "lucide-react";
import { useSearchParams } from "next/navigation";
import { useEffect, useState, type ReactNode } from "react";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/app/_components/ui/tabs";

/**
 * The switch between the two lists, both rendered on the server: `?tab=changes` (the
 * activity's link to small changes) opens the second, and so does a link to one small
 * change (#change-…), which ScrollToLinkedItem then scrolls to.
 */
export function ResponsibilityTabs({ shared, changes }: { shared: ReactNode; changes: ReactNode }) {
  const askedFor = useSearchParams().get("tab") === "changes" ? "changes" : "shared";
  const [tab, setTab] = useState<string>(askedFor);

  // The hash is the browser's alone: read after hydrating, so the server's markup matches.
  useEffect(() => {
    if (window.location.hash.startsWith("#change-")) setTab("changes");
  }, []);

  return (
    <Tabs value={tab} onValueChange={setTab}>
      <TabsList aria-label="Responsibilities or small changes">
        <TabsTrigger value="shared">
          <HandHeart aria-hidden /> Shared duties
        </TabsTrigger>
        <TabsTrigger value="changes">
          <Sprout aria-hidden /> Small changes
        </TabsTrigger>
      </TabsList>
      <TabsContent value="shared">{shared}</TabsContent>
      <TabsContent value="changes">{changes}</TabsContent>
    </Tabs>
  );
}
