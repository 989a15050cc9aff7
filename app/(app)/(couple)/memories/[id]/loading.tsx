import { CardSkeleton } from "@/app/_components/ui/skeleton";

export default function Loading() {
  return <CardSkeleton label="Loading the memory…" />;
}
