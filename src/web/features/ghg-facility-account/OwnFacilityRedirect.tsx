// A facility account following a link to its own facility in the register (from a report's page)
// is taken to its own page: the register's page is the department's.
import type { ReactNode } from "react";
import { Navigate, useParams } from "react-router-dom";
import { useSession } from "../auth/session.js";

export function OwnFacilityRedirect({ children }: { children: ReactNode }) {
  const { id } = useParams();
  const { facility } = useSession();
  if (facility && facility.id === id) return <Navigate to="/my-facility" replace />;
  return <>{children}</>;
}
