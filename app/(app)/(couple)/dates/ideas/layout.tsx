import type { ReactNode } from "react";
import { TrpcProvider } from "@/app/_components/trpc-provider";

/** The idea bank still keeps a client cache of the API; the other date pages render on the server. */
export default function FeatureLayout({ children }: { children: ReactNode }) {
  return <TrpcProvider>{children}</TrpcProvider>;
}
