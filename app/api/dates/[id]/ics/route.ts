import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { createRequestContext } from "@/server/context";
import { createCaller } from "@/server/root";

/**
 * A plan as a calendar file. It goes through the same procedure as every other read
 * (session checked, couple-scoped, shaped per partner): a surprised partner downloads
 * only what they may see.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const caller = createCaller(await createRequestContext(request.headers));
  try {
    const file = await caller.dates.calendarFile({ id });
    return new Response(file.content, {
      headers: {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="${file.filename}"`,
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    // A malformed id reads as a missing one: either way, nothing here for you.
    const status = error.code === "BAD_REQUEST" ? 404 : getHTTPStatusCodeFromError(error);
    return new Response(status === 404 ? "We couldn't find that date." : error.message, {
      status,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "private, no-store" },
    });
  }
}
