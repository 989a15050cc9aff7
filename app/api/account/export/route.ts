import { exportDownload } from "@/server/account/export-download";

/** "Export my data" (JSON, or `?format=html` for a printable page): see server/account/export-download.ts. */
export function GET(request: Request) {
  return exportDownload(request);
}
