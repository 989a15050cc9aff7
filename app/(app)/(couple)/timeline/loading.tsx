import { Skeleton, ListSkeleton } from "@/app/_components/ui/skeleton";

export default function Loading() {
  return (
    <div className="grid gap-6">
      <div className="grid gap-2" aria-hidden>
        <Skeleton className="h-9 w-40" />
        <Skeleton className="h-4 w-64" />
      </div>
      <ListSkeleton rows={5} label="Loading your timeline…" />
    </div>
  );
}
