// Contracts of how the province's plans stand (the leader's home) and of one agency's progress
// reports over time (its page).
import { z } from "zod";
import { submissionStatuses, timelinessSchema } from "./cycles.js";
import { targetStatuses } from "./plan-content.js";

const planRef = z.object({ id: z.uuid(), title: z.string(), numberSymbol: z.string().nullable() });
const agencyRef = z.object({ id: z.uuid(), name: z.string() });

export const planHealthSchema = z.object({
  plans: z.array(
    z.object({
      plan: planRef,
      /** The year the targets are judged in: this year, or the plan's last when it has ended. */
      year: z.number().int(),
      targets: z.object(
        Object.fromEntries(targetStatuses.map((s) => [s, z.number().int()])) as Record<
          (typeof targetStatuses)[number],
          z.ZodNumber
        >,
      ),
      /** Targets at risk or missed, by name. */
      concerns: z.array(
        z.object({ label: z.string(), year: z.number().int(), status: z.enum(["at_risk", "missed"]) }),
      ),
      /** The period now due (its agencies' day has come and it is not closed), if any. */
      period: z
        .object({ id: z.uuid(), label: z.string(), agencyDue: z.string(), owing: z.number().int() })
        .nullable(),
      notReported: z.array(agencyRef.extend({ daysOverdue: z.number().int() })),
      lateTasks: z.array(
        z.object({
          agency: agencyRef,
          tasks: z.array(
            z.object({
              place: z.string(),
              body: z.string(),
              deadline: z.string().nullable(),
              why: z.enum(["delayed", "not_started", "overdue"]),
            }),
          ),
        }),
      ),
    }),
  ),
});
export type PlanHealth = z.infer<typeof planHealthSchema>;

export const agencyReportHistorySchema = z.object({
  items: z.array(
    z.object({
      plan: planRef,
      period: z.object({ id: z.uuid(), label: z.string(), agencyDue: z.string(), closed: z.boolean() }),
      status: z.enum(submissionStatuses).nullable(),
      /** Sent to the agency's head and not yet signed: the head's to do. */
      awaitingSignOff: z.boolean(),
      firstSubmittedAt: z.string().nullable(),
      timeliness: timelinessSchema,
      daysOverdue: z.number().int().nullable(),
      amendments: z.number().int(),
    }),
  ),
});
export type AgencyReportHistory = z.infer<typeof agencyReportHistorySchema>;
export const agencyQuerySchema = z.object({ agencyId: z.uuid() });
