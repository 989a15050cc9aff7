import { CardSkeleton, ListSkeleton } from "@/app/_components/ui/skeleton";

export default function Loading() {
  return (
    <div className="grid gap-6">
      <CardSkeleton label="Loading disclosures…" />
      <ListSkeleton rows={3} label="Loading disclosures…" />
    </div>
  );
}
