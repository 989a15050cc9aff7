import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { datePlans, memories, memoryPhotos } from "@/db/schema";
import { detectPhotoType, MAX_PHOTO_BYTES } from "../domain/image-type";
import { maySeeDetails } from "../domain/surprise";
import { DomainError } from "../errors";
import type { CoupleViewer } from "../viewer";
import { announce } from "../live/bus";
import { personRef } from "../dates/shape";
import type { CreateMemoryInput, ListMemoriesInput, UpdateMemoryInput } from "./schema";

const MEMORY_NOT_FOUND = "We couldn't find that memory.";

const memoryColumns = {
  id: memories.id,
  title: memories.title,
  happenedOn: memories.happenedOn,
  place: memories.place,
  story: memories.story,
  createdBy: memories.createdBy,
  createdAt: memories.createdAt,
  updatedAt: memories.updatedAt,
  photoType: memoryPhotos.contentType,
  photoUploadedAt: memoryPhotos.uploadedAt,
};

type MemoryRow = Awaited<ReturnType<typeof selectMemories>>[number];

/** The photo's address; the upload time in it lets the browser cache each version. */
export function photoUrl(memoryId: string, uploadedAt: Date) {
  return `/memories/${memoryId}/photo?v=${uploadedAt.getTime()}`;
}

function memoryView(row: MemoryRow, viewer: CoupleViewer) {
  return {
    id: row.id,
    title: row.title,
    happenedOn: row.happenedOn,
    place: row.place,
    story: row.story,
    addedBy: personRef(viewer, row.createdBy),
    photo:
      row.photoType && row.photoUploadedAt
        ? { url: photoUrl(row.id, row.photoUploadedAt), contentType: row.photoType }
        : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export type MemoryView = ReturnType<typeof memoryView>;

function selectMemories(db: Executor, viewer: CoupleViewer, where?: SQL) {
  return db
    .select(memoryColumns)
    .from(memories)
    .leftJoin(memoryPhotos, and(eq(memoryPhotos.coupleId, memories.coupleId), eq(memoryPhotos.memoryId, memories.id)))
    .where(and(eq(memories.coupleId, viewer.couple.id), where));
}

async function assertMemoryExists(db: Executor, viewer: CoupleViewer, id: string) {
  const [row] = await db
    .select({ id: memories.id })
    .from(memories)
    .where(and(eq(memories.coupleId, viewer.couple.id), eq(memories.id, id)));
  if (!row) throw new DomainError("NOT_FOUND", MEMORY_NOT_FOUND);
}

/** The album, newest moment first, keyset-paged by memory id. */
export async function listMemories(db: Executor, viewer: CoupleViewer, input: ListMemoriesInput) {
  const after = input.cursor
    ? sql`(${memories.happenedOn}, ${memories.id}) < (select ${memories.happenedOn}, ${memories.id} from ${memories} where ${and(
        eq(memories.coupleId, viewer.couple.id),
        eq(memories.id, input.cursor),
      )})`
    : undefined;
  const rows = await selectMemories(db, viewer, after)
    .orderBy(desc(memories.happenedOn), desc(memories.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit).map((row) => memoryView(row, viewer));
  return { memories: page, nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null };
}

/**
 * One memory, with the dates that recreate it. A surprise still hidden from this
 * partner is left out entirely: even its link would say what the surprise is.
 */
export async function getMemory(db: Executor, viewer: CoupleViewer, id: string, now: Date) {
  const [row] = await selectMemories(db, viewer, eq(memories.id, id));
  if (!row) throw new DomainError("NOT_FOUND", MEMORY_NOT_FOUND);
  const plans = await db
    .select({
      id: datePlans.id,
      title: datePlans.title,
      startsAt: datePlans.startsAt,
      timeZone: datePlans.timeZone,
      status: datePlans.status,
      isSurprise: datePlans.isSurprise,
      revealAt: datePlans.revealAt,
      createdBy: datePlans.createdBy,
    })
    .from(datePlans)
    .where(and(eq(datePlans.coupleId, viewer.couple.id), eq(datePlans.memoryId, id)))
    .orderBy(desc(datePlans.startsAt));
  return {
    ...memoryView(row, viewer),
    recreatedAs: plans
      .filter((plan) => maySeeDetails(plan, viewer.me.id, now))
      .map((plan) => ({
        id: plan.id,
        title: plan.title,
        startsAt: plan.startsAt,
        timeZone: plan.timeZone,
        status: plan.status,
      })),
  };
}

export async function createMemory(db: Executor, viewer: CoupleViewer, input: CreateMemoryInput, now: Date) {
  const [row] = await db
    .insert(memories)
    .values({ coupleId: viewer.couple.id, ...input, createdBy: viewer.me.id, createdAt: now, updatedAt: now })
    .returning({ id: memories.id });
  await announce(db, { coupleId: viewer.couple.id, topic: "memories", actorId: viewer.me.id });
  return getMemory(db, viewer, row!.id, now);
}

/** Either partner can tell the story better: a memory belongs to both. */
export async function updateMemory(db: Executor, viewer: CoupleViewer, input: UpdateMemoryInput, now: Date) {
  const { id, ...fields } = input;
  const [row] = await db
    .update(memories)
    .set({ ...fields, updatedAt: now })
    .where(and(eq(memories.coupleId, viewer.couple.id), eq(memories.id, id)))
    .returning({ id: memories.id });
  if (!row) throw new DomainError("NOT_FOUND", MEMORY_NOT_FOUND);
  await announce(db, { coupleId: viewer.couple.id, topic: "memories", actorId: viewer.me.id });
  return getMemory(db, viewer, id, now);
}

/** Removes the memory and its photo; dates that recreated it stay, without the link. */
export async function removeMemory(db: Database, viewer: CoupleViewer, id: string) {
  const removed = await db.transaction(async (tx) => {
    await tx
      .delete(memoryPhotos)
      .where(and(eq(memoryPhotos.coupleId, viewer.couple.id), eq(memoryPhotos.memoryId, id)));
    return tx
      .delete(memories)
      .where(and(eq(memories.coupleId, viewer.couple.id), eq(memories.id, id)))
      .returning({ id: memories.id });
  });
  if (removed.length === 0) throw new DomainError("NOT_FOUND", MEMORY_NOT_FOUND);
  await announce(db, { coupleId: viewer.couple.id, topic: "memories", actorId: viewer.me.id });
  return { removed: true as const };
}

/**
 * Stores a photo for the memory (replacing any earlier one). Only JPEG, PNG or WebP, as
 * the bytes themselves say, and at most 5 MB.
 */
export async function saveMemoryPhoto(
  db: Executor,
  viewer: CoupleViewer,
  memoryId: string,
  bytes: Uint8Array,
  now: Date,
) {
  await assertMemoryExists(db, viewer, memoryId);
  if (bytes.length === 0) throw new DomainError("BAD_REQUEST", "That file is empty.", "photo");
  if (bytes.length > MAX_PHOTO_BYTES)
    throw new DomainError("BAD_REQUEST", "Photos can be up to 5 MB. Try a smaller one.", "photo");
  const contentType = detectPhotoType(bytes);
  if (!contentType) throw new DomainError("BAD_REQUEST", "Please choose a JPEG, PNG or WebP photo.", "photo");
  const values = {
    contentType,
    byteSize: bytes.length,
    bytes: Buffer.from(bytes),
    uploadedBy: viewer.me.id,
    uploadedAt: now,
  };
  await db
    .insert(memoryPhotos)
    .values({ coupleId: viewer.couple.id, memoryId, ...values })
    .onConflictDoUpdate({ target: [memoryPhotos.coupleId, memoryPhotos.memoryId], set: values });
  await announce(db, { coupleId: viewer.couple.id, topic: "memories", actorId: viewer.me.id });
  return { url: photoUrl(memoryId, now), contentType };
}

export async function loadMemoryPhoto(db: Executor, viewer: CoupleViewer, memoryId: string) {
  const [row] = await db
    .select({ contentType: memoryPhotos.contentType, bytes: memoryPhotos.bytes, uploadedAt: memoryPhotos.uploadedAt })
    .from(memoryPhotos)
    .where(and(eq(memoryPhotos.coupleId, viewer.couple.id), eq(memoryPhotos.memoryId, memoryId)));
  if (!row) throw new DomainError("NOT_FOUND", "This memory has no photo.");
  return row;
}

export async function removeMemoryPhoto(db: Executor, viewer: CoupleViewer, memoryId: string) {
  await assertMemoryExists(db, viewer, memoryId);
  await db
    .delete(memoryPhotos)
    .where(and(eq(memoryPhotos.coupleId, viewer.couple.id), eq(memoryPhotos.memoryId, memoryId)));
  await announce(db, { coupleId: viewer.couple.id, topic: "memories", actorId: viewer.me.id });
  return { removed: true as const };
}
