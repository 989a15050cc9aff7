import { getDb } from "@/db/client";
import { DomainError } from "../errors";
import { startSession } from "../sessions/service";
import { emailTokenField } from "./schema";
import { confirmEmailLink } from "./sign-up";

/** next-auth's authorize for a confirmation link: the person, or null; the reason goes to the page as the error. */
export async function signInWithEmailLink(token: unknown, userAgent: string) {
  const parsed = emailTokenField.safeParse(token);
  if (!parsed.success) return null;
  try {
    const now = new Date();
    const { user, next } = await confirmEmailLink(getDb(), parsed.data, now);
    // A sign-in like any other: its own session record, listed and revocable in Settings.
    const sessionId = await startSession(getDb(), user, userAgent, now);
    return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion, sessionId, next };
  } catch (error) {
    // next-auth hands a thrown error's message to the client (as it does for the rate limit).
    if (error instanceof DomainError) throw new Error(error.message);
    throw error;
  }
}
