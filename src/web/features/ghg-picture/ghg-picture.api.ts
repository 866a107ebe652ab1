// The province's greenhouse-gas picture and its Excel file.
import { useQuery } from "@tanstack/react-query";
import type { GhgPictureView } from "../../../contracts/ghg-picture.js";
import { api } from "../../lib/api.js";

export const ghgPictureExportUrl = "/api/ghg/picture.xlsx";

export function useGhgPicture() {
  return useQuery({
    queryKey: ["ghg", "picture"],
    queryFn: () => api.get<GhgPictureView>("/api/ghg/picture"),
  });
}

/** The latest year whose obligations have fallen due, with its share on time. */
export function latestDueYear(picture: GhgPictureView) {
  return [...picture.compliance].reverse().find((c) => c.due > 0);
}
