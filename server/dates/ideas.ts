import { and, desc, eq } from "drizzle-orm";
import type { Database, Executor } from "@/db/client";
import { dateIdeas, ideaReactions, type IdeaCategory, type IdeaReaction } from "@/db/schema/dates";
import { catalogueIdea, catalogueIdeas } from "../domain/date-ideas";
import { DomainError } from "../errors";
import type { CoupleViewer, PartneredViewer } from "../viewer";
import { announce } from "../live/bus";
import type { AddIdeaInput } from "./schema";
import { isUuid } from "@/lib/uuid";

const IDEA_NOT_FOUND = "We couldn't find that idea.";

export type IdeaView = {
  id: string;
  category: IdeaCategory;
  title: string;
  description: string;
  addedBy: "catalogue" | "me" | "partner";
  myReaction: IdeaReaction | null;
  /** Hidden (null) until I have reacted myself, so my answer is my own. */
  partnerReaction: IdeaReaction | null;
  partnerHasReacted: boolean;
  /** Both said yes. */
  isMatch: boolean;
};

type IdeaSource = {
  id: string;
  category: IdeaCategory;
  title: string;
  description: string;
  createdBy: string | null;
  custom: boolean;
};

function ideaView(
  idea: IdeaSource,
  viewer: CoupleViewer,
  mine: IdeaReaction | null,
  theirs: IdeaReaction | null,
): IdeaView {
  return {
    id: idea.id,
    category: idea.category,
    title: idea.title,
    description: idea.description,
    addedBy: !idea.custom ? "catalogue" : idea.createdBy === viewer.me.id ? "me" : "partner",
    myReaction: mine,
    partnerReaction: mine ? theirs : null,
    partnerHasReacted: theirs !== null,
    isMatch: mine === "yes" && theirs === "yes",
  };
}

/** The catalogue idea, or the couple's own idea with this id; null when neither. */
export async function findIdea(db: Executor, viewer: CoupleViewer, ideaId: string): Promise<IdeaSource | null> {
  const builtIn = catalogueIdea(ideaId);
  if (builtIn) return { ...builtIn, createdBy: null, custom: false };
  if (!isUuid(ideaId)) return null;
  const [row] = await db
    .select({
      id: dateIdeas.id,
      category: dateIdeas.category,
      title: dateIdeas.title,
      description: dateIdeas.description,
      createdBy: dateIdeas.createdBy,
    })
    .from(dateIdeas)
    .where(and(eq(dateIdeas.coupleId, viewer.couple.id), eq(dateIdeas.id, ideaId)));
  return row ? { ...row, custom: true } : null;
}

/** Every idea, the couple's own first, each with my reaction and — once I've given mine — my partner's. */
export async function listIdeas(db: Executor, viewer: CoupleViewer) {
  const [custom, reactions] = await Promise.all([
    db
      .select({
        id: dateIdeas.id,
        category: dateIdeas.category,
        title: dateIdeas.title,
        description: dateIdeas.description,
        createdBy: dateIdeas.createdBy,
      })
      .from(dateIdeas)
      .where(eq(dateIdeas.coupleId, viewer.couple.id))
      .orderBy(desc(dateIdeas.createdAt), desc(dateIdeas.id)),
    db
      .select({ ideaId: ideaReactions.ideaId, userId: ideaReactions.userId, reaction: ideaReactions.reaction })
      .from(ideaReactions)
      .where(eq(ideaReactions.coupleId, viewer.couple.id)),
  ]);
  const mine = new Map<string, IdeaReaction>();
  const theirs = new Map<string, IdeaReaction>();
  for (const row of reactions) (row.userId === viewer.me.id ? mine : theirs).set(row.ideaId, row.reaction);

  const sources: IdeaSource[] = [
    ...custom.map((idea) => ({ ...idea, custom: true })),
    ...catalogueIdeas.map((idea) => ({ ...idea, createdBy: null, custom: false })),
  ];
  return sources.map((idea) => ideaView(idea, viewer, mine.get(idea.id) ?? null, theirs.get(idea.id) ?? null));
}

async function reactionsTo(db: Executor, viewer: PartneredViewer, ideaId: string) {
  const rows = await db
    .select({ userId: ideaReactions.userId, reaction: ideaReactions.reaction })
    .from(ideaReactions)
    .where(and(eq(ideaReactions.coupleId, viewer.couple.id), eq(ideaReactions.ideaId, ideaId)));
  return {
    mine: rows.find((row) => row.userId === viewer.me.id)?.reaction ?? null,
    theirs: rows.find((row) => row.userId === viewer.partner.id)?.reaction ?? null,
  };
}

/** Yes, maybe or no; a reaction can be changed. When both say yes, it's a match. */
export async function reactToIdea(
  db: Executor,
  viewer: PartneredViewer,
  input: { ideaId: string; reaction: IdeaReaction },
  now: Date,
) {
  const idea = await findIdea(db, viewer, input.ideaId);
  if (!idea) throw new DomainError("NOT_FOUND", IDEA_NOT_FOUND, "ideaId");
  await db
    .insert(ideaReactions)
    .values({
      coupleId: viewer.couple.id,
      ideaId: idea.id,
      userId: viewer.me.id,
      reaction: input.reaction,
      reactedAt: now,
    })
    .onConflictDoUpdate({
      target: [ideaReactions.coupleId, ideaReactions.ideaId, ideaReactions.userId],
      set: { reaction: input.reaction, reactedAt: now },
    });
  const { mine, theirs } = await reactionsTo(db, viewer, idea.id);
  await announce(db, { coupleId: viewer.couple.id, topic: "dates", actorId: viewer.me.id });
  return ideaView(idea, viewer, mine, theirs);
}

/** A partner's own idea; adding it counts as their "yes". */
export async function addIdea(db: Database, viewer: PartneredViewer, input: AddIdeaInput, now: Date) {
  const idea = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(dateIdeas)
      .values({
        coupleId: viewer.couple.id,
        title: input.title,
        description: input.description,
        category: input.category,
        createdBy: viewer.me.id,
        createdAt: now,
      })
      .returning({
        id: dateIdeas.id,
        category: dateIdeas.category,
        title: dateIdeas.title,
        description: dateIdeas.description,
        createdBy: dateIdeas.createdBy,
      });
    await tx
      .insert(ideaReactions)
      .values({ coupleId: viewer.couple.id, ideaId: row!.id, userId: viewer.me.id, reaction: "yes", reactedAt: now });
    return row!;
  });
  await announce(db, { coupleId: viewer.couple.id, topic: "dates", actorId: viewer.me.id });
  return ideaView({ ...idea, custom: true }, viewer, "yes", null);
}

/** The person who added an idea can take it back; plans made from it keep their own words. */
export async function removeIdea(db: Database, viewer: PartneredViewer, ideaId: string) {
  const idea = await findIdea(db, viewer, ideaId);
  if (!idea) throw new DomainError("NOT_FOUND", IDEA_NOT_FOUND);
  if (!idea.custom)
    throw new DomainError("FORBIDDEN", "Built-in ideas can't be removed. Answer “no” to set one aside.");
  if (idea.createdBy !== viewer.me.id)
    throw new DomainError("FORBIDDEN", "Only the person who added an idea can remove it.");
  await db.transaction(async (tx) => {
    await tx
      .delete(ideaReactions)
      .where(and(eq(ideaReactions.coupleId, viewer.couple.id), eq(ideaReactions.ideaId, idea.id)));
    await tx.delete(dateIdeas).where(and(eq(dateIdeas.coupleId, viewer.couple.id), eq(dateIdeas.id, idea.id)));
  });
  await announce(db, { coupleId: viewer.couple.id, topic: "dates", actorId: viewer.me.id });
  return { removed: true as const };
}
