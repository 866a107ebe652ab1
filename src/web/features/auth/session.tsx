// Who is signed in. The server answers GET /api/auth/me with the user and the actions they may
// take; pages below RequireSession read it with useSession() and never see a missing user.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { createContext, type ReactNode, useContext } from "react";
import { Navigate, useLocation, useNavigate } from "react-router-dom";
import type { CurrentUser } from "../../../contracts/auth.js";
import type { Action } from "../../../domain/auth/permissions.js";
import { ForbiddenResult, PageError } from "../../components/errors.js";
import { FullPageSpin } from "../../components/FullPageSpin.js";
import { ApiError, api } from "../../lib/api.js";

export const meQueryKey = ["auth", "me"] as const;

export async function fetchCurrentUser(): Promise<CurrentUser | null> {
  try {
    return await api.get<CurrentUser>("/api/auth/me");
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function useCurrentUser() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchCurrentUser, staleTime: 60_000, retry: false });
}

const SessionContext = createContext<CurrentUser | null>(null);

export function useSession(): CurrentUser {
  const user = useContext(SessionContext);
  if (!user) throw new Error("useSession outside RequireSession");
  return user;
}

export function useCan(): (action: Action) => boolean {
  const user = useSession();
  return (action) => user.permissions.includes(action);
}

/** Where to go after signing in: only a path inside this site. */
export function safeNextPath(next: string | null): string {
  return next?.startsWith("/") && !next.startsWith("//") && !next.startsWith("/login") ? next : "/";
}

/** Shows its children to a signed-in user; sends anyone else to the login page and back. */
export function RequireSession({ children }: { children: ReactNode }) {
  const me = useCurrentUser();
  const location = useLocation();
  if (me.isPending) return <FullPageSpin />;
  if (me.isError) return <PageError error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  if (me.data.mustChangePassword && location.pathname !== "/change-password") {
    return <Navigate to="/change-password" replace />;
  }
  return <SessionContext.Provider value={me.data}>{children}</SessionContext.Provider>;
}

export function RequirePermission({ action, children }: { action: Action; children: ReactNode }) {
  const can = useCan();
  return can(action) ? children : <ForbiddenResult />;
}

export function useLogout(): () => Promise<void> {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async () => {
    await api.post("/api/auth/logout").catch(() => {});
    queryClient.clear();
    queryClient.setQueryData(meQueryKey, null);
    navigate("/login", { replace: true });
  };
}
