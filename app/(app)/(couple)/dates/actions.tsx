"use server";

import type { inferRouterInputs } from "@trpc/server";
import type { ActionResult } from "@/app/_components/actions/action-result";
import { callApi } from "@/app/_components/actions/call-api";
import { isSentFrom } from "@/app/_components/live/sending-page";
import type { AppRouter } from "@/server/root";
import { renderPlan } from "./render-dates";

/*
 * What a person does with dates, as server actions: each calls the API's own procedure (who
 * may, the validation, every rule and what a surprised partner may see stay there). A change
 * on a plan's page answers with that page rendered after it.
 */

type Dates = inferRouterInputs<AppRouter>["dates"];

/**
 * The answer, with the plan's page rendered again (after a conflict or a refusal too, so it
 * shows the latest version) and, when the act deserves one, a sentence to show.
 */
async function withPlan<Value>(result: ActionResult<Value>, id: string, notice?: (value: Value) => string) {
  // Not for another page, should a navigation have gone before this action (sending-page.ts);
  // a plan gone meanwhile leaves the page as it is.
  const view = (await isSentFrom(`/dates/${id}`)) ? await renderPlan(id).catch(() => undefined) : undefined;
  return { ...result, view, notice: result.ok ? notice?.(result.value) : undefined };
}

/** A new plan; the browser goes on to its page. */
export async function createPlan(input: Dates["create"]) {
  return callApi(async (api) => {
    const plan = await api.dates.create(input);
    return { id: plan.id, surprise: plan.kind === "plan" && plan.surprise !== null };
  });
}

export async function updatePlan(input: Dates["update"]) {
  return withPlan(await callApi(async (api) => void (await api.dates.update(input))), input.id);
}

export async function setPlanStatus(input: Dates["setStatus"]) {
  return withPlan(await callApi(async (api) => void (await api.dates.setStatus(input))), input.id, () =>
    input.status === "done" ? "A date kept. It's on your timeline now." : "Called off. That's okay.",
  );
}

export async function reflectOnPlan(input: Dates["reflect"]) {
  return withPlan(
    await callApi(async (api) => ({
      shownTogether: (await api.dates.reflect(input)).reflections?.shownTogether ?? false,
    })),
    input.planId,
  );
}
