import "server-only";
import { getTRPCErrorShape } from "@trpc/server";
import { headers } from "next/headers";
import { getRequestViewer } from "@/server/auth";
import { createRequestContext } from "@/server/context";
import { logInternalError } from "@/server/internal-error";
import { appRouter, createCaller } from "@/server/root";
import type { Context } from "@/server/trpc";
import type { ActionRefusal, ActionResult } from "./action-result";

type Api = ReturnType<typeof createCaller>;
type CallError = Parameters<NonNullable<NonNullable<Parameters<typeof createCaller>[1]>["onError"]>>[0];

/**
 * Calls the API for a server action, as the person whose browser sent it: the procedures
 * decide everything (who may, zod's validation, every rule), with the request's own headers,
 * so a change from another site is refused there exactly as over HTTP. A refusal comes back
 * as a value shaped by the error formatter the HTTP API uses; anything else still throws.
 */
export async function callApi<Value>(call: (api: Api) => Promise<Value>): Promise<ActionResult<Value>> {
  const context = await createRequestContext(new Headers(await headers()));
  return callApiIn({ ...context, requestViewer: getRequestViewer }, call);
}

/** `callApi` in a given context (tests give their own). */
export async function callApiIn<Value>(
  context: Context,
  call: (api: Api) => Promise<Value>,
): Promise<ActionResult<Value>> {
  let refusal: ActionRefusal | null = null;
  const onError = (failure: CallError) => {
    if (failure.error.code === "INTERNAL_SERVER_ERROR") logInternalError(failure.error, `action ${failure.path}`);
    refusal = refusalOf(failure);
  };
  const api = createCaller(context, { onError });
  try {
    return { ok: true, value: await call(api) };
  } catch (error) {
    if (refusal) return refusal;
    throw error;
  }
}

function refusalOf({ error, path, input, type, ctx }: CallError): ActionRefusal {
  const shape = getTRPCErrorShape({ config: appRouter._def._config, error, path, input, type, ctx });
  return { ok: false, error: shape.message, code: shape.data.code, fieldErrors: shape.data.fieldErrors ?? {} };
}
