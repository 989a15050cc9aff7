import { statementsExecuted } from "@/db/client";

/**
 * Probes for `npm run bench`, answering only when the server was started with
 * KINTSUGI_BENCH=1: the bare baseline the dashboard is compared with, and the count of
 * SQL statements executed so far.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ probe: string }> }) {
  if (process.env.KINTSUGI_BENCH !== "1") return new Response(null, { status: 404 });
  const { probe } = await params;
  if (probe === "baseline") return Response.json({ ok: true, message: "A fixed body, for comparison." });
  if (probe === "statements") return Response.json({ statements: statementsExecuted() });
  return new Response(null, { status: 404 });
}
