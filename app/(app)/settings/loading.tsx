import { CardSkeleton, Skeleton } from "@/app/_components/ui/skeleton";

export default function Loading() {
  return (
    <div className="grid grid-cols-1 gap-6">
      <Skeleton className="h-9 w-40" aria-hidden />
      <CardSkeleton label="Loading your settings…" />
      <CardSkeleton />
    </div>
  );
}
