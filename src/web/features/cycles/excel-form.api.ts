// The Excel form of an agency (download link, upload) and the export of a cycle's data. An
// upload changes the form, the cycle's table and the dashboard, so all of them are read again.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ExportFormat, FormUploadResult } from "../../../contracts/forms.js";
import { api } from "../../lib/api.js";
import { cycleKeys } from "./cycles.api.js";

export type { FormUploadResult };

const agencyPath = (cycleId: string, agencyId: string) =>
  `/api/cycles/${encodeURIComponent(cycleId)}/agencies/${encodeURIComponent(agencyId)}`;

export const formWorkbookUrl = (cycleId: string, agencyId: string) =>
  `${agencyPath(cycleId, agencyId)}/form.xlsx`;

export const cycleExportUrl = (cycleId: string, format: ExportFormat) =>
  `/api/cycles/${encodeURIComponent(cycleId)}/export?format=${format}`;

export function useImportExcelForm(cycleId: string, agencyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, keepValid }: { file: File; keepValid: boolean }) => {
      const form = new FormData();
      form.append("file", file, file.name);
      const query = keepValid ? "?keepValid=true" : "";
      return api.upload<FormUploadResult>(`${formWorkbookUrl(cycleId, agencyId)}${query}`, form);
    },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: cycleKeys.one(cycleId) }),
        queryClient.invalidateQueries({ queryKey: cycleKeys.all, exact: true }),
      ]),
  });
}
