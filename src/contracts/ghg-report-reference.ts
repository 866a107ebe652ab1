// What a report's form chooses from, as PEPI Hub keeps it: the obligations a report answers,
// the shipped grid emission factors (with their status and source) and the GWP sets.
import { z } from "zod";

export const ghgReportReferenceSchema = z.object({
  rules: z.array(
    z.object({ code: z.string(), name: z.string(), status: z.enum(["confirmed", "provisional"]) }),
  ),
  factors: z.array(
    z.object({
      code: z.string(),
      /** "Lưới điện Việt Nam năm 2023". */
      name: z.string(),
      gas: z.string(),
      value: z.number(),
      unit: z.string(),
      validFrom: z.number().int(),
      validTo: z.number().int(),
      status: z.enum(["confirmed", "unconfirmed"]),
      document: z.string().nullable(),
    }),
  ),
  gwpSets: z.array(z.object({ code: z.string(), name: z.string() })),
});
export type GhgReportReference = z.infer<typeof ghgReportReferenceSchema>;
