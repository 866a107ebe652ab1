// Greenhouse-gas register (issue 16): reading a national annex of 2.200 facilities as an .xlsx and
// picking the province's 40 out by address, as the import does before it compares with the
// register (goal: under 2 s). No database. In `npm run bench`, or alone: `npx tsx bench/ghg-annex.ts`.
import { readAnnex } from "../src/domain/facility-lists/annex-reader.js";
import { provinceByCode } from "../src/domain/org/provinces.js";
import { readSheetRows } from "../src/server/reports/sheet-rows.js";
import { annexWorkbook, nationalAnnex, ownFacilities } from "../tests/support/ghg-annex.js";

const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;

export async function benchGhgAnnex() {
  const province = provinceByCode("VN34-tinh-dong-nai")!;
  const content = await annexWorkbook(nationalAnnex(ownFacilities(40), 2200));
  const whole: number[] = [];
  const picking: number[] = [];
  let taken = 0;
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    const rows = await readSheetRows("phu-luc.xlsx", content);
    const read = performance.now();
    taken = readAnnex(rows, { province }).rows.length;
    picking.push(performance.now() - read);
    whole.push(performance.now() - started);
  }
  return {
    bytes: content.length,
    taken,
    wholeMs: median(whole),
    pickMs: median(picking),
    firstMs: whole[0]!,
  };
}

if (process.argv[1]?.endsWith("ghg-annex.ts")) printGhgAnnex(await benchGhgAnnex());

export function printGhgAnnex(figures: Awaited<ReturnType<typeof benchGhgAnnex>>) {
  console.log(
    `Phụ lục 2.200 dòng (${Math.round(figures.bytes / 1024)} KB .xlsx), lấy ${figures.taken} cơ sở của tỉnh: ` +
      `đọc tệp và chọn ${figures.wholeMs.toFixed(0)} ms (trung vị; lần đầu ${figures.firstMs.toFixed(0)} ms), ` +
      `riêng việc chọn theo địa chỉ ${figures.pickMs.toFixed(1).replace(".", ",")} ms; mục tiêu dưới 2.000 ms`,
  );
}
