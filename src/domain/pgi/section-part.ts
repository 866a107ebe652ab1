// The PGI sub-index a plan's section is about, read from its title the way improvement plans
// write it: "1. Chỉ số thành phần 1: Giảm thiểu ô nhiễm môi trường …" (seed 004, part II).
const numbered = /chỉ\s+số\s+thành\s+phần\s+(?:số\s+)?0?([1-4])\b/iu;

export function pgiPartOfSection(title: string): "PGI1" | "PGI2" | "PGI3" | "PGI4" | null {
  const match = numbered.exec(title.normalize("NFC"));
  return match ? (`PGI${match[1]}` as "PGI1" | "PGI2" | "PGI3" | "PGI4") : null;
}
