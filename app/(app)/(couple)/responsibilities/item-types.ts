import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/root";

type Outputs = inferRouterOutputs<AppRouter>;
/** The list items the view and its cards share: here, so neither imports the other for them. */
export type ResponsibilityItem = Outputs["responsibilities"]["list"][number];
export type SmallChangeItem = Outputs["smallChanges"]["list"][number];
