// The environment ministry and department as a document of its day names them: Bộ Tài nguyên và
// Môi trường and Sở Tài nguyên và Môi trường until the ministries merged on 1 March 2025 (Nghị
// định 35/2025/NĐ-CP; the departments followed under Nghị định 45/2025/NĐ-CP), Bộ and Sở Nông
// nghiệp và Môi trường from then on.
export const ministryMergerDate = "2025-03-01";

export interface EnvironmentBodies {
  ministry: string;
  department: string;
}

export function environmentBodiesOn(day: string): EnvironmentBodies {
  return day < ministryMergerDate
    ? { ministry: "Bộ Tài nguyên và Môi trường", department: "Sở Tài nguyên và Môi trường" }
    : { ministry: "Bộ Nông nghiệp và Môi trường", department: "Sở Nông nghiệp và Môi trường" };
}

/**
 * The day a year's documents speak from: the date written on the document, else the time the
 * year was reported (its submission deadline, in the following year).
 */
export const documentDay = (date: string | null, submissionDue: string) => date ?? submissionDue;
