// A facility account's requests about its own facility: the register record and the obligations.
import { useQuery } from "@tanstack/react-query";
import type { MyFacility } from "../../../contracts/ghg-facility-account.js";
import type { GhgCalendar } from "../../../contracts/ghg-obligations.js";
import { api } from "../../lib/api.js";

const key = ["ghg", "my-facility"] as const;

export const useMyFacility = () =>
  useQuery({ queryKey: [...key, "record"], queryFn: () => api.get<MyFacility>("/api/ghg/my-facility") });

export const useMyObligations = () =>
  useQuery({
    queryKey: [...key, "obligations"],
    queryFn: () => api.get<GhgCalendar>("/api/ghg/my-facility/obligations"),
  });
