import { and, eq, inArray, ne, notExists, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "@/db/client";
import {
  coupleMembers,
  couples,
  dateIdeas,
  datePlans,
  dateReflections,
  ideaReactions,
  memories,
  memoryPhotos,
  milestones,
  responsibilities,
  users,
} from "@/db/schema";
import { revokeOpenInvites } from "../couple/service";
import { DomainError } from "../errors";
import { verifyPassword } from "../password";
import { attemptKeys, recordAttempt } from "../rate-limit";
import type { Me } from "../viewer";
import type { DeleteAccountInput } from "./schema";

const otherMember = alias(coupleMembers, "other_member");

/**
 * Deletes this person's account and everything they wrote, in one transaction, after
 * checking their password again. Their partner's words stay in the (now archived) space:
 *
 * - Rows that belong to me go with my user row through their `on delete cascade` keys:
 *   my memberships and invites, forgiveness requests (and the answers on them) and my
 *   answers, vents, small changes (with their check-offs and encouragements) and the
 *   encouragements I sent, responsibilities I own (with their check-offs), reflections,
 *   reactions, readiness and activity.
 * - Rows that only mention me keep their content with me set to null (`on delete set
 *   null`): a vent of my partner's I acknowledged, a request they sent me, a responsibility
 *   of theirs I proposed, a plan I last edited.
 * - What I created in shared lists is deleted here, since those keys are set null: my
 *   ideas (and reactions to them), plans, memories, photos, and the milestones in my words.
 *   A plan my partner wrote a reflection on is kept, so their words about that date stay.
 */
export async function deleteAccount(db: Database, me: Me, input: DeleteAccountInput, now: Date) {
  await recordAttempt(db, attemptKeys(me.email, null));
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, me.id));
  if (!user || !(await verifyPassword(input.password, user.passwordHash))) {
    throw new DomainError("BAD_REQUEST", "That isn't your password.", "password");
  }

  await db.transaction(async (tx) => {
    const memberships = await tx
      .select({ coupleId: coupleMembers.coupleId, active: coupleMembers.active, status: couples.status })
      .from(coupleMembers)
      .innerJoin(couples, eq(couples.id, coupleMembers.coupleId))
      .where(eq(coupleMembers.userId, me.id))
      // Locks my spaces' rows: a partner unlinking (or deleting their account) at the same moment waits for this.
      .for("update", { of: couples });
    const active = memberships.find((m) => m.active && m.status === "active");
    if (active) {
      // As unlinking does: closed for both, read-only, no invite left open.
      await tx.update(couples).set({ status: "archived", archivedAt: now }).where(eq(couples.id, active.coupleId));
      await tx.update(coupleMembers).set({ active: false }).where(eq(coupleMembers.coupleId, active.coupleId));
      await revokeOpenInvites(tx, active.coupleId, now);
    }

    // A change of mine still waiting on my partner's answer goes with me.
    await tx
      .update(responsibilities)
      .set({ pendingChange: null, pendingChangeBy: null, pendingChangeAt: null })
      .where(eq(responsibilities.pendingChangeBy, me.id));

    const myIdeas = tx
      .select({ id: sql`${dateIdeas.id}::text` })
      .from(dateIdeas)
      .where(eq(dateIdeas.createdBy, me.id));
    await tx.delete(ideaReactions).where(inArray(ideaReactions.ideaId, myIdeas));
    await tx.delete(dateIdeas).where(eq(dateIdeas.createdBy, me.id));
    await tx.delete(memoryPhotos).where(eq(memoryPhotos.uploadedBy, me.id));
    await tx.delete(memories).where(eq(memories.createdBy, me.id));
    const deletedPlans = await tx
      .delete(datePlans)
      .where(
        and(
          eq(datePlans.createdBy, me.id),
          notExists(
            tx
              .select({ one: sql`1` })
              .from(dateReflections)
              .where(and(eq(dateReflections.planId, datePlans.id), ne(dateReflections.authorId, me.id))),
          ),
        ),
      )
      .returning({ id: datePlans.id });
    // Milestones I wrote, of my own habits' streaks, and of dates I planned that are gone: their
    // titles are my words. The couple's shared moments (we began; a forgiveness; a date kept
    // together) stay in my partner's timeline.
    await tx.delete(milestones).where(
      or(
        and(eq(milestones.createdBy, me.id), inArray(milestones.kind, ["manual", "streak"])),
        deletedPlans.length > 0
          ? and(
              eq(milestones.kind, "date_kept"),
              inArray(
                milestones.sourceId,
                deletedPlans.map((plan) => plan.id),
              ),
            )
          : undefined,
      ),
    );

    // A space I was alone in (never joined, or my partner's account already gone) has no one
    // left to keep it for: it goes entirely.
    const coupleIds = memberships.map((m) => m.coupleId);
    if (coupleIds.length > 0) {
      const lonely = await tx
        .select({ id: couples.id })
        .from(couples)
        .where(
          and(
            inArray(couples.id, coupleIds),
            notExists(
              tx
                .select({ one: sql`1` })
                .from(otherMember)
                .where(and(eq(otherMember.coupleId, couples.id), ne(otherMember.userId, me.id))),
            ),
          ),
        );
      if (lonely.length > 0)
        await tx.delete(couples).where(
          inArray(
            couples.id,
            lonely.map((c) => c.id),
          ),
        );
    }

    await tx.delete(users).where(eq(users.id, me.id));
  });
  return { deleted: true as const };
}
