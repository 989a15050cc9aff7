import { randomBytes } from "node:crypto";

const ids = new WeakMap<object, string>();

/**
 * A short id for an unexpected error, the same however often it is asked for: the client
 * gets it in place of the details, and the server's log carries the details under it.
 */
export function errorIdOf(error: object): string {
  let id = ids.get(error);
  if (!id) {
    id = randomBytes(5).toString("hex");
    ids.set(error, id);
  }
  return id;
}

export function internalErrorMessage(errorId: string) {
  return `Something went wrong on our side, and nothing you did caused it. Please try again. If it keeps happening, mention error ${errorId}.`;
}

/** Logs an unexpected error's details (SQL, parameters, stack) under its id, on the server only. */
export function logInternalError(error: Error, where: string) {
  console.error(`Error ${errorIdOf(error)} in ${where}:`, error.cause ?? error);
}
