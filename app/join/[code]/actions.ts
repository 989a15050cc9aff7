"use server";

import { redirect } from "next/navigation";
import { callApi } from "@/app/_components/actions/call-api";

/** Joined, the person goes on to the couple's dashboard, the shell rendered with the partner. */
export async function joinCouple(code: string) {
  const result = await callApi(async (api) => void (await api.couple.join({ code })));
  if (result.ok) redirect("/dashboard");
  return result;
}
