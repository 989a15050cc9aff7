import type { ReactNode } from "react";
import { coupleViewer } from "./couple-viewer";

/** Every page of the couple space: someone without a couple is sent to /welcome first. */
export default async function CoupleLayout({ children }: { children: ReactNode }) {
  await coupleViewer();
  return children;
}
