// The province's list of greenhouse-gas facilities for the update every two years (Nghị định
// 06/2022/NĐ-CP, Điều 6.1): every facility of the register in the columns of the national list's
// annex (QĐ 13/2024/QĐ-TTg), with what the province proposes for each (keep, drop, correct its
// name), its department and its contact. The Ministry's own form for this update is not
// confirmed by the sources: the sheet says so above the table.
import {
  ministryName,
  quotaSectors,
  sectorName,
  thresholds,
} from "../../../domain/facility-lists/vocabulary.js";
import { formatDateVi } from "../../../domain/text/format-vi.js";
import type { Db } from "../../db/client.js";
import { loadExcel } from "../../reports/excel-cells.js";
import { type Column, tableAt } from "../../reports/sheet-tables.js";
import { safeCellText } from "../../reports/spreadsheet-safety.js";
import { ownProvinceNow } from "../pgi/pgi.service.js";
import { registerForMinistryList } from "./ghg-work-report.repo.js";

const text = (value: string | null | undefined) => (value ? safeCellText(value) : null);

const columns: Column[] = [
  { header: "STT", width: 6 },
  { header: "Tên cơ sở", width: 40 },
  { header: "Mã số thuế", width: 14 },
  { header: "Địa chỉ hiện nay", width: 36 },
  { header: "Địa chỉ theo danh mục", width: 30 },
  { header: "Lĩnh vực", width: 22 },
  { header: "Phân ngành", width: 22 },
  { header: "Bộ quản lý lĩnh vực", width: 30 },
  { header: "Ngưỡng đưa vào danh mục", width: 26 },
  { header: "Hạn ngạch", width: 14 },
  { header: "Có tên trong danh mục", width: 24 },
  { header: "Đề xuất cập nhật", width: 40 },
  { header: "Cơ quan theo dõi", width: 24 },
  { header: "Người liên hệ", width: 22 },
  { header: "Điện thoại", width: 14 },
  { header: "Thư điện tử", width: 26 },
];

/** What the province proposes for one facility in the update. */
function proposal(
  facility: { status: string; name: string; delistedByListId: string | null },
  lastListedName: string | undefined,
  closedOn: string | undefined,
  lists: Map<string, string>,
): string {
  if (facility.delistedByListId)
    return `Không còn trong danh mục theo Quyết định ${lists.get(facility.delistedByListId) ?? ""}`.trim();
  if (facility.status === "closed")
    return `Đề nghị đưa ra khỏi danh mục: cơ sở đã đóng cửa${closedOn ? ` từ ngày ${formatDateVi(closedOn)}` : ""}`;
  if (lastListedName && lastListedName !== facility.name)
    return `Đề nghị cập nhật tên (danh mục ghi: ${lastListedName})`;
  return "Giữ nguyên";
}

export async function buildGhgMinistryList(db: Db, today: string): Promise<Buffer> {
  const { facilities, listings, closures, agencyNames, lists } = await registerForMinistryList(db);
  const province = await ownProvinceNow(db);
  const Excel = await loadExcel();
  const workbook = new Excel.Workbook();
  const sheet = workbook.addWorksheet("Danh sách cơ sở");
  const title = `DANH SÁCH CƠ SỞ PHÁT THẢI KHÍ NHÀ KÍNH PHẢI THỰC HIỆN KIỂM KÊ KHÍ NHÀ KÍNH TRÊN ĐỊA BÀN ${(province?.name ?? "TỈNH").toLocaleUpperCase("vi")}`;
  sheet.getCell("A1").value = text(title);
  sheet.getCell("A1").font = { bold: true, size: 13 };
  sheet.getCell("A2").value = text(`(Rà soát, cập nhật đến ngày ${formatDateVi(today)})`);
  sheet.getCell("A2").font = { italic: true };
  sheet.getCell("A3").value = text(
    "Các cột theo phụ lục danh mục ban hành kèm Quyết định số 13/2024/QĐ-TTg. Mẫu biểu cập nhật danh mục của Bộ chưa được xác nhận: đối chiếu với văn bản hướng dẫn trước khi gửi.",
  );
  sheet.getCell("A3").font = { italic: true, color: { argb: "FF8A4B00" } };
  const sorted = [...facilities].sort((a, b) => a.name.localeCompare(b.name, "vi"));
  const rows = sorted.map((f, i) => {
    const own = listings.filter((l) => l.facilityId === f.id);
    const closedOn = closures.filter((c) => c.facilityId === f.id && c.kind === "closed").at(-1)?.on;
    return [
      i + 1,
      text(f.name),
      text(f.taxCode),
      text(f.address),
      text(f.listedAddress),
      text(sectorName(f.sector)),
      text(f.subSector),
      text(ministryName(f.ministry)),
      text(f.threshold ? (thresholds[f.threshold as keyof typeof thresholds] ?? f.threshold) : null),
      f.quotaStatus === "allocated"
        ? text(
            `Có${f.quotaSector ? ` (${quotaSectors[f.quotaSector as keyof typeof quotaSectors] ?? f.quotaSector})` : ""}`,
          )
        : "Không",
      text(own.map((l) => l.code).join(", ")),
      text(proposal(f, own.at(-1)?.name, closedOn, lists)),
      text(f.agencyId ? (agencyNames.get(f.agencyId) ?? null) : null),
      text(f.contactName),
      text(f.contactPhone),
      text(f.contactEmail),
    ];
  });
  tableAt(sheet, 5, columns, rows);
  sheet.views = [{ state: "frozen", ySplit: 5 }];
  sheet.autoFilter = { from: { row: 5, column: 1 }, to: { row: 5, column: columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
