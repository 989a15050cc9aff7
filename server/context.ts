import { getDb } from "@/db/client";
import { requestSession } from "./auth";
import type { Context } from "./trpc";

/** The context of an HTTP request: the session is decoded here, checked against the database by the procedures. */
export async function createRequestContext(headers: Headers): Promise<Context> {
  return {
    db: getDb(),
    session: await requestSession(headers),
    headers,
    now: () => new Date(),
  };
}
