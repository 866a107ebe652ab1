// Contracts of the first start for a real province: which of the 34 provinces this installation
// serves, the names its documents use, and its communes, wards and special zones.
import { z } from "zod";
import { actionSchema } from "./auth.js";

export const provinceChoiceSchema = z.object({ code: z.string(), name: z.string() });

export const provinceSetupSchema = z.object({
  /** Null until the administrator has chosen. */
  province: z
    .object({
      code: z.string(),
      name: z.string(),
      /** "Ủy ban nhân dân tỉnh Lâm Đồng", as a sentence and a report's issuer name it. */
      committee: z.string(),
      /** "Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng". */
      department: z.string(),
      /** "Lâm Đồng": the place in the date line. */
      place: z.string(),
      chosenAt: z.string(),
    })
    .nullable(),
  /** The 34 provinces in force since 1 July 2025, to choose from. */
  choices: z.array(provinceChoiceSchema),
  communes: z.object({ xa: z.number().int(), phuong: z.number().int(), dac_khu: z.number().int() }),
  /** The former districts and communes recorded (before 1 July 2025). */
  formerUnits: z.object({ districts: z.number().int(), communes: z.number().int() }),
  agencies: z.number().int(),
  allowedActions: z.array(actionSchema),
});
export type ProvinceSetup = z.infer<typeof provinceSetupSchema>;

export const chooseProvinceRequestSchema = z.object({ provinceCode: z.string().trim().min(1).max(60) });

export const communeImportResultSchema = z.object({
  communes: z.number().int(),
  agencies: z.number().int(),
});
export type CommuneImportResult = z.infer<typeof communeImportResultSchema>;

export const formerUnitsImportResultSchema = z.object({
  districts: z.number().int(),
  communes: z.number().int(),
});
export type FormerUnitsImportResult = z.infer<typeof formerUnitsImportResultSchema>;
