import { z } from "zod";

export const idSchema = z.uuid();
export const idParamsSchema = z.object({ id: idSchema });
export const okSchema = z.object({ ok: z.literal(true) });
export const isoDateTime = z.string();

export function pageSchema<T extends z.ZodTypeAny>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int() });
}
