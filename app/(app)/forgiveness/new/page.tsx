import { randomUUID } from "node:crypto";
import { redirect } from "next/navigation";

/** A new draft gets its id now, so every autosave of it writes the same row. */
export default async function NewRequestPage({ searchParams }: { searchParams: Promise<{ kind?: string }> }) {
  const { kind } = await searchParams;
  redirect(`/forgiveness/write/${randomUUID()}${kind === "second_chance" ? "?kind=second_chance" : ""}`);
}
