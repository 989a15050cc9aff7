import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { coupleApi } from "../../couple-viewer";

/** One request as the signed-in person may see it, or the 404 page (a missing id and a hidden one look alike). */
export async function loadRequestOr404(id: string) {
  try {
    return await (await coupleApi()).forgiveness.get({ id });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}
