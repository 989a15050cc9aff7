import { getDb } from "@/db/client";
import { getRequestViewer } from "../auth";
import { localDateOf } from "../domain/zoned-time";
import { exportAccountData } from "./export";
import { renderExportHtml } from "./export-html";

/**
 * "Export my data": everything the signed-in person may see, as one JSON file to keep, or
 * (`?format=html`) the same document as one readable, printable page. The same shaping as
 * the app applies (export.ts) to both; nothing is cached.
 */
export async function exportDownload(request: Request): Promise<Response> {
  const viewer = await getRequestViewer();
  if (!viewer) {
    return new Response("Sign in to export your data.", {
      status: 401,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "private, no-store" },
    });
  }
  const now = new Date();
  const data = await exportAccountData(getDb(), viewer.me, now);
  // Named by the person's own calendar day, as they'd look for it later.
  const day = localDateOf(now, viewer.me.timeZone);
  if (new URL(request.url).searchParams.get("format") === "html") {
    return new Response(renderExportHtml(data), {
      headers: {
        "content-type": "text/html; charset=utf-8",
        "content-disposition": `attachment; filename="kintsugi-${day}.html"`,
        "cache-control": "private, no-store",
        "x-content-type-options": "nosniff",
      },
    });
  }
  const filename = `kintsugi-export-${day}.json`;
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
