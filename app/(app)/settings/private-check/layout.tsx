import type { ReactNode } from "react";
import { TrpcProvider } from "@/app/_components/trpc-provider";

/** The private check keeps a client cache of the API for the answers kept (the settings page doesn't). */
export default function PrivateCheckLayout({ children }: { children: ReactNode }) {
  return <TrpcProvider>{children}</TrpcProvider>;
}
