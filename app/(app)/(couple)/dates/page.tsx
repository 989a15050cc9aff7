import type { Metadata } from "next";
import { coupleApi, coupleViewer } from "../couple-viewer";
import { DatesView } from "./dates-view";

export const metadata: Metadata = { title: "Dates" };

export default async function DatesPage() {
  const viewer = await coupleViewer();
  const api = await coupleApi();
  const [upcoming, past] = await Promise.all([api.dates.list({ when: "upcoming" }), api.dates.list({ when: "past" })]);
  return <DatesView initialUpcoming={upcoming} initialPast={past} partnerName={viewer.partner?.name ?? null} />;
}
