import type { ReactNode } from "react";
import { TrpcProvider } from "@/app/_components/trpc-provider";

/** This feature's screens keep a client cache of the API (the dashboard and the shell don't). */
export default function FeatureLayout({ children }: { children: ReactNode }) {
  return <TrpcProvider>{children}</TrpcProvider>;
}
