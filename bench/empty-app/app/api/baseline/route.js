// The bare handler throughput is read against: a fixed body, nothing else.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ ok: true, message: "A fixed body, for comparison." });
}
