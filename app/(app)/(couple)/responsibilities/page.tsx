import type { Metadata } from "next";
import { LiveView } from "@/app/_components/live/live-view";
import { PageTitle } from "@/app/_components/ui/page-title";
import { renderResponsibilities } from "./render-responsibilities";

export const metadata: Metadata = { title: "Responsibilities" };

/** Rendered on the server, and again there when either partner changes a shared duty or a small change. */
export default async function ResponsibilitiesPage() {
  return (
    <div className="grid gap-6">
      <header className="grid gap-1">
        <PageTitle>Responsibilities</PageTitle>
        <p className="text-sm leading-relaxed text-muted-foreground">
          Shared duties you both agree to, and small changes each of you takes on. Steady, kept actions matter more than
          promises.
        </p>
      </header>
      <LiveView
        name="responsibilities"
        initial={await renderResponsibilities()}
        routers={["responsibilities", "smallChanges"]}
      />
    </div>
  );
}
