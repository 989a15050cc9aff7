import { receivePhoto, servePhoto } from "@/server/memories/photo-requests";

type Params = { params: Promise<{ id: string }> };

/** The memory's photo, to either partner: see server/memories/photo-requests.ts. */
export async function GET(_request: Request, { params }: Params) {
  return servePhoto((await params).id);
}

/** Uploads (or replaces) the memory's photo: multipart form data with a `photo` file. */
export async function POST(request: Request, { params }: Params) {
  return receivePhoto(request, (await params).id);
}
