// What VCCI published of each edition of the green index, as the research found it (with its
// sources): every province was ranked in 2022 and 2023; in 2024 only the top 30 were.
export interface PgiEdition {
  year: number;
  /** How many provinces were ranked publicly; null when all were. */
  rankedCount: number | null;
  note: string;
  source: string;
}

export const pgiEditions: readonly PgiEdition[] = [
  {
    year: 2022,
    rankedCount: null,
    note: "Năm thí điểm, công bố ngày 11/4/2023 cùng báo cáo PCI 2022; 44 chỉ tiêu.",
    source: "https://nhandan.vn/post-754152.html",
  },
  {
    year: 2023,
    rankedCount: null,
    note: "Công bố ngày 09/5/2024, lần chính thức đầu tiên; 46 chỉ tiêu. Phương pháp đổi so với năm thí điểm nên so sánh điểm giữa hai năm cần thận trọng.",
    source: "https://en.sggp.org.vn/hcmc-stands-top-five-in-pgi-2023-ranking-post109839.html",
  },
  {
    year: 2024,
    rankedCount: 30,
    note: "VCCI chỉ công bố thứ hạng của 30 tỉnh, thành phố đứng đầu; các tỉnh còn lại không được xếp hạng công khai.",
    source:
      "https://baogialai.com.vn/gia-lai-nam-trong-top-30-cac-tinh-thanh-dung-dau-chi-so-xanh-cap-tinh-pgi-post322842.html",
  },
];

export const editionOf = (year: number): PgiEdition | undefined => pgiEditions.find((e) => e.year === year);
