import { DomainError } from "../errors";
import { mailEnabled } from "./config";

export const MAIL_IS_OFF_MESSAGE =
  "Email isn't set up on this server, so we can't send you a link. Please ask the person who runs it.";

/** A request that needs mail on a server without any gets a plain answer, never a silent nothing. */
export function requireMail() {
  if (!mailEnabled()) throw new DomainError("BAD_REQUEST", MAIL_IS_OFF_MESSAGE);
}
