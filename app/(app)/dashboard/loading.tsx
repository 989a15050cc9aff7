import { CardSkeleton, ListSkeleton, Skeleton } from "@/app/_components/ui/skeleton";

export default function Loading() {
  return (
    <div className="grid grid-cols-1 gap-6">
      <div className="grid gap-2" aria-hidden>
        <Skeleton className="h-4 w-28" />
        <Skeleton className="h-10 w-36" />
        <Skeleton className="h-4 w-64" />
      </div>
      <CardSkeleton label="Loading your dashboard…" />
      <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
        <ListSkeleton rows={2} />
        <ListSkeleton rows={2} />
      </div>
    </div>
  );
}
