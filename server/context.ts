import { getServerSession } from "next-auth";
import { getDb } from "@/db/client";
import { authOptions } from "./auth";
import type { Context } from "./trpc";

/** The context of an HTTP request: the session is decoded here, checked against the database by the procedures. */
export async function createRequestContext(headers: Headers): Promise<Context> {
  const session = await getServerSession(authOptions);
  return {
    db: getDb(),
    session: session?.user.id ? { userId: session.user.id, sessionVersion: session.sessionVersion } : null,
    headers,
    now: () => new Date(),
  };
}
