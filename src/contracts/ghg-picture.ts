// The province's greenhouse-gas picture: counts, obligations met, emissions and largest emitters.
import { z } from "zod";

const count = z.object({ key: z.string(), label: z.string(), count: z.number().int() });

export const ghgPictureSchema = z.object({
  /** The day the picture was taken (obligations due after it are not yet due), ISO. */
  asOf: z.string(),
  facilities: z.object({ listed: z.number().int(), unlisted: z.number().int(), quota: z.number().int() }),
  bySector: z.array(count),
  byMinistry: z.array(count),
  byAgency: z.array(count),
  compliance: z.array(
    z.object({
      year: z.number().int(),
      due: z.number().int(),
      onTime: z.number().int(),
      late: z.number().int(),
      missing: z.number().int(),
      notDue: z.number().int(),
      onTimeRate: z.number().nullable(),
    }),
  ),
  emissions: z.object({
    years: z.array(z.number().int()),
    bySector: z.array(
      z.object({ sector: z.string(), label: z.string(), values: z.array(z.number().nullable()) }),
    ),
    totals: z.array(
      z.object({
        year: z.number().int(),
        total: z.number(),
        facilities: z.number().int(),
        appraised: z.number().int(),
      }),
    ),
  }),
  largest: z.array(
    z.object({
      facilityId: z.string(),
      name: z.string(),
      sector: z.string(),
      year: z.number().int(),
      total: z.number(),
      appraised: z.boolean(),
      determined: z.boolean(),
    }),
  ),
});
export type GhgPictureView = z.infer<typeof ghgPictureSchema>;
