// The first start for a real province: what is set up, the province chosen once, the commune list.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  CommuneImportResult,
  FormerUnitsImportResult,
  ProvinceSetup,
} from "../../../contracts/setup.js";
import { api } from "../../lib/api.js";

const setupKey = ["setup", "province"] as const;

export function useProvinceSetup() {
  return useQuery({ queryKey: setupKey, queryFn: () => api.get<ProvinceSetup>("/api/setup/province") });
}

export function useChooseProvince() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (provinceCode: string) => api.post<ProvinceSetup>("/api/setup/province", { provinceCode }),
    onSuccess: (setup) => {
      queryClient.setQueryData(setupKey, setup);
      void queryClient.invalidateQueries({ queryKey: ["agencies"] });
    },
  });
}

export function useImportCommunes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append("file", file);
      return api.upload<CommuneImportResult>("/api/setup/communes", form);
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: setupKey });
      void queryClient.invalidateQueries({ queryKey: ["agencies"] });
      void queryClient.invalidateQueries({ queryKey: ["org-units"] });
    },
  });
}

export function useImportFormerUnits() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append("file", file);
      return api.upload<FormerUnitsImportResult>("/api/setup/former-units", form);
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: setupKey });
      void queryClient.invalidateQueries({ queryKey: ["org-units"] });
      void queryClient.invalidateQueries({ queryKey: ["cycles"] });
    },
  });
}
