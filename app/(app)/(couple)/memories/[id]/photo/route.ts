import { getDb } from "@/db/client";
import { getRequestViewer } from "@/server/auth";
import { MAX_PHOTO_BYTES } from "@/server/domain/image-type";
import { DomainError } from "@/server/errors";
import { loadMemoryPhoto, saveMemoryPhoto } from "@/server/memories/service";
import { isSameOriginRequest } from "@/server/request";
import type { CoupleViewer } from "@/server/viewer";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NOT_FOUND = "We couldn't find that photo.";

// Nothing this route answers is a page: nothing in it may run, load or be framed.
const LOCKED_DOWN = "default-src 'none'; frame-ancestors 'none'";

function text(status: number, message: string) {
  return new Response(message, {
    status,
    headers: {
      "content-type": "text/plain; charset=utf-8",
      "cache-control": "private, no-store",
      "content-security-policy": LOCKED_DOWN,
    },
  });
}

function json(status: number, body: unknown) {
  return Response.json(body, {
    status,
    headers: { "cache-control": "private, no-store", "content-security-policy": LOCKED_DOWN },
  });
}

/** The signed-in member of an active couple, or null: photos are the couple's alone. */
async function coupleViewer(): Promise<CoupleViewer | null> {
  const viewer = await getRequestViewer();
  return viewer?.couple ? { me: viewer.me, couple: viewer.couple, partner: viewer.partner } : null;
}

function domainErrorResponse(error: unknown) {
  if (!(error instanceof DomainError)) throw error;
  const status = { BAD_REQUEST: 400, NOT_FOUND: 404, CONFLICT: 409, FORBIDDEN: 403, TOO_MANY_REQUESTS: 429 }[
    error.code
  ];
  return json(status, { message: error.message, field: error.field ?? null });
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await coupleViewer();
  if (!viewer) return text(401, "Please sign in again.");
  if (!UUID.test(id)) return text(404, NOT_FOUND);
  try {
    const photo = await loadMemoryPhoto(getDb(), viewer, id);
    return new Response(new Uint8Array(photo.bytes), {
      headers: {
        "content-type": photo.contentType,
        "content-length": String(photo.bytes.length),
        // Private to this browser; the URL carries the upload time, so a new photo gets a new URL.
        "cache-control": "private, max-age=86400",
        "x-content-type-options": "nosniff",
        "content-security-policy": LOCKED_DOWN,
      },
    });
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") return text(404, NOT_FOUND);
    throw error;
  }
}

/** Uploads (or replaces) the memory's photo: multipart form data with a `photo` file. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // A form post from another site, a sandboxed frame ("null") or a client that names no origin is refused, as tRPC mutations are.
  if (!isSameOriginRequest(request.headers))
    return json(403, { message: "This request came from another site and was refused.", field: null });
  const viewer = await coupleViewer();
  if (!viewer) return json(401, { message: "Please sign in again.", field: null });
  if (!UUID.test(id)) return json(404, { message: "We couldn't find that memory.", field: null });
  // Refuse an oversized body before reading it (a little room for the form's own bytes).
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_PHOTO_BYTES + 64 * 1024) {
    return json(413, { message: "Photos can be up to 5 MB. Try a smaller one.", field: "photo" });
  }
  let file: FormDataEntryValue | null;
  try {
    file = (await request.formData()).get("photo");
  } catch {
    return json(400, { message: "Please choose a photo to upload.", field: "photo" });
  }
  if (!(file instanceof File)) return json(400, { message: "Please choose a photo to upload.", field: "photo" });
  if (file.size > MAX_PHOTO_BYTES)
    return json(413, { message: "Photos can be up to 5 MB. Try a smaller one.", field: "photo" });
  try {
    const saved = await saveMemoryPhoto(getDb(), viewer, id, new Uint8Array(await file.arrayBuffer()), new Date());
    return json(200, saved);
  } catch (error) {
    return domainErrorResponse(error);
  }
}
