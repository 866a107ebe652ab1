// PEPI indicators that measure facts related to each PGI sub-index: a proposal of PEPI Hub read
// from what VCCI says each sub-index measures (pgi-ghg-admin.md A2), not a mapping VCCI publishes.
// Codes are indicators of the PEPI framework under QĐ 2782/QĐ-BTNMT.
export const relatedFramework = "PEPI-2782";

export const relatedIndicators: Record<"PGI1" | "PGI2" | "PGI3" | "PGI4", readonly string[]> = {
  // Infrastructure and public services that spare firms pollution and climate harm.
  PGI1: ["01", "03", "04", "08", "12", "22"],
  // Inspections, the capacity of environment agencies, rules kept without undue burden.
  PGI2: ["02", "09", "23", "25", "26"],
  // Guidance and dissemination of green practices, green procurement and public spending.
  PGI3: ["10", "11", "24"],
  // Incentives and support that help firms green their business.
  PGI4: ["03", "04", "21"],
};
