import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getRequestViewer } from "@/server/auth";
import { localDateOf } from "@/server/domain/zoned-time";
import { Welcome } from "./welcome";

export const metadata: Metadata = { title: "Welcome" };

export default async function WelcomePage() {
  const viewer = await getRequestViewer();
  if (viewer?.couple) redirect("/dashboard");
  return <Welcome name={viewer?.me.name ?? ""} today={localDateOf(new Date(), viewer?.me.timeZone ?? "UTC")} />;
}
