import { ListSkeleton } from "@/app/_components/ui/skeleton";

export default function Loading() {
  return <ListSkeleton rows={5} label="Loading date ideas…" />;
}
