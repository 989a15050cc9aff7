import { createTRPCRouter, protectedProcedure } from "../trpc";
import { mailEnabled } from "../mail/config";
import { notificationSettingsSchema } from "./schema";
import { loadNotificationSettings, markSeen, saveNotificationSettings } from "./settings";
import { requireMail } from "../mail/require";

export const notificationsRouter = createTRPCRouter({
  settings: protectedProcedure.query(async ({ ctx }) => ({
    mailEnabled: mailEnabled(),
    ...(await loadNotificationSettings(ctx.db, ctx.viewer.me.id)),
  })),

  save: protectedProcedure.input(notificationSettingsSchema).mutation(({ ctx, input }) => {
    requireMail();
    return saveNotificationSettings(ctx.db, ctx.viewer.me.id, input, ctx.now());
  }),

  markSeen: protectedProcedure.mutation(({ ctx }) => markSeen(ctx.db, ctx.viewer.me.id, ctx.now())),
});
