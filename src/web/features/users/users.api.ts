import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type {
  AccountImportResult,
  createUserRequestSchema,
  createUserResponseSchema,
  User,
  updateUserRequestSchema,
} from "../../../contracts/users.js";
import type { Role } from "../../../domain/auth/roles.js";
import { api, withQuery } from "../../lib/api.js";
import { agencyKeys } from "../agencies/agencies.api.js";

export type CreateUserInput = z.input<typeof createUserRequestSchema>;
export type UpdateUserInput = z.input<typeof updateUserRequestSchema>;
export type CreateUserResult = z.infer<typeof createUserResponseSchema>;

export interface UserFilter {
  agencyId?: string;
  role?: Role;
  q?: string;
}

const userKeys = { all: ["users"] as const };

export function useUsers(filter: UserFilter, enabled = true) {
  return useQuery({
    queryKey: [...userKeys.all, filter],
    queryFn: async () => (await api.get<{ items: User[] }>(withQuery("/api/users", { ...filter }))).items,
    enabled,
    placeholderData: (previous) => previous,
  });
}

/** After any change to users: lists of users and agencies' user counts are out of date. */
function useRefreshAfterUserChange() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: userKeys.all }),
      queryClient.invalidateQueries({ queryKey: agencyKeys.all }),
    ]);
}

export function useCreateUser() {
  const refresh = useRefreshAfterUserChange();
  return useMutation({
    mutationFn: (input: CreateUserInput) => api.post<CreateUserResult>("/api/users", input),
    onSuccess: refresh,
  });
}

export function useUpdateUser() {
  const refresh = useRefreshAfterUserChange();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateUserInput }) =>
      api.patch<User>(`/api/users/${id}`, changes),
    onSuccess: refresh,
  });
}

export function useResetPassword() {
  const refresh = useRefreshAfterUserChange();
  return useMutation({
    mutationFn: (id: string) => api.post<{ temporaryPassword: string }>(`/api/users/${id}/reset-password`),
    onSuccess: refresh,
  });
}

export function useImportAccounts() {
  const refresh = useRefreshAfterUserChange();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append("file", file);
      return api.upload<AccountImportResult>("/api/users/import", form);
    },
    onSuccess: refresh,
  });
}
