import { z } from "zod";

export const sessionRefSchema = z.object({ id: z.uuid("That device is already signed out.") });
