// What a greenhouse-gas facility's own account sees of itself: its register record without the
// department's working fields (row version, the events' details, each list's annex rows).
import { z } from "zod";
import {
  ghgFacilityStatusSchema,
  ghgMinistrySchema,
  ghgQuotaSectorSchema,
  ghgSectorSchema,
} from "./ghg-register.js";

export const myFacilitySchema = z.object({
  id: z.string(),
  name: z.string(),
  taxCode: z.string().nullable(),
  address: z.string(),
  listedAddress: z.string(),
  sector: ghgSectorSchema,
  subSector: z.string().nullable(),
  ministry: ghgMinistrySchema,
  /** The national lists that name it, oldest first. */
  lists: z.array(z.object({ code: z.string(), title: z.string() })),
  /** The department that follows it. */
  agencyName: z.string().nullable(),
  status: ghgFacilityStatusSchema,
  delistedBy: z.string().nullable(),
  quotaSector: ghgQuotaSectorSchema.nullable(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  contactEmail: z.string().nullable(),
});
export type MyFacility = z.infer<typeof myFacilitySchema>;
