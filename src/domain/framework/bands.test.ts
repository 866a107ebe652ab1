import { describe, expect, it } from "vitest";
import { bandForDocuments } from "./bands.js";

const bands = [
  { min: 70, label: { vi: "Tốt" } },
  { min: 60, label: { vi: "Khá" } },
  { min: 50, label: { vi: "Trung bình" } },
  { min: 0, label: { vi: "Dưới trung bình" }, provenance: "provisional" as const },
];

describe("a band in a document for the leadership", () => {
  it("keeps a confirmed name and states an unconfirmed one by its place", () => {
    expect(bandForDocuments(bands, "Khá")).toBe("Khá");
    expect(bandForDocuments(bands, "Dưới trung bình")).toBe("dưới mức Trung bình");
  });

  it("recognises the mark of frameworks loaded before bands carried provenance", () => {
    const older = bands.map((b) =>
      b.min === 0 ? { min: 0, label: { vi: "Dưới trung bình (nhãn tạm)" } } : b,
    );
    expect(bandForDocuments(older, "Dưới trung bình (nhãn tạm)")).toBe("dưới mức Trung bình");
  });
});
