import { CardSkeleton } from "@/app/_components/ui/skeleton";

export default function Loading() {
  return (
    <div className="grid gap-6">
      <CardSkeleton label="Loading your check-in…" />
      <CardSkeleton label="Loading your trends…" />
    </div>
  );
}
