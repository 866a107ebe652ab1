// The department's yearly report to the chairman on greenhouse-gas work as an official document
// (Nghị định 30/2020, "báo cáo"), after seed 002: header, title, "Kính gửi", the introduction,
// 1. what was done (the coordinator's words), 2. the facilities on the lists, 3. how the
// facilities met their obligations in the year, with those late or missing by department,
// 4. the inventories' emissions (a chart and a table) and the largest emitters, 5. what remains
// and 6. proposals (left out when empty), the signature, and the annex listing every facility.
// Pure: data in, document out (the chart is added by the caller).
import type { GhgOverdue } from "../../../contracts/ghg-obligations.js";
import type { GhgPictureView } from "../../../contracts/ghg-picture.js";
import type { GhgWorkReportFields } from "../../../contracts/ghg-work-report.js";
import { sectorName } from "../../../domain/facility-lists/vocabulary.js";
import { formatDateVi, formatNumberVi } from "../../../domain/text/format-vi.js";
import type { ImageBlock } from "../../documents/charts.js";
import type { Block, Cell, OfficialDocument } from "../../documents/model.js";
import { adminHeaderBlock, paragraphs, signatureBlock, withFinalMark } from "../documents/issuer-blocks.js";

export interface WorkReportFacility {
  name: string;
  sector: string;
  ministry: string;
  agencyName: string | null;
  listed: boolean;
  quota: boolean;
  /** Its obligations falling in the report's year, by how they were met; null when it owed none. */
  year: { onTime: number; late: number; missing: number; notDue: number } | null;
}

export interface GhgWorkReportData {
  year: number;
  /** The day the figures were read, ISO. */
  today: string;
  fields: GhgWorkReportFields;
  provinceName: string;
  /** The department issuing the report, as a sentence names it ("Sở Nông nghiệp và Môi trường"). */
  departmentName: string;
  picture: GhgPictureView;
  facilities: WorkReportFacility[];
  overdue: GhgOverdue;
}

const tonnes = (value: number | null) => (value === null ? "–" : formatNumberVi(value, 2));
const count = (n: number) => formatNumberVi(n);
const right = (text: string): Cell => ({ runs: [text], align: "right" });

function countsTable(first: string, items: GhgPictureView["bySector"]): Block {
  return {
    type: "table",
    columns: [
      { header: "TT", width: 6, align: "center" },
      { header: first, width: 64 },
      { header: "Số cơ sở", width: 16, align: "right" },
    ],
    rows: items.map((c, i) => [String(i + 1), c.label, right(count(c.count))]),
  };
}

function listedSection(data: GhgWorkReportData): Block[] {
  const { facilities } = data.picture;
  const blocks: Block[] = [
    {
      type: "paragraph",
      runs: [
        `Tính đến ngày ${formatDateVi(data.today)}, trên địa bàn tỉnh có ${count(facilities.listed)} cơ sở thuộc danh mục ` +
          "phải thực hiện kiểm kê khí nhà kính" +
          (facilities.quota > 0
            ? `, trong đó ${count(facilities.quota)} cơ sở được phân bổ hạn ngạch phát thải`
            : "") +
          (facilities.unlisted > 0
            ? `; ngoài ra ${count(facilities.unlisted)} cơ sở đã đóng cửa hoặc không còn trong danh mục`
            : "") +
          ". Danh sách chi tiết tại Phụ lục kèm theo.",
      ],
    },
  ];
  if (data.picture.bySector.length > 0) {
    blocks.push({ type: "paragraph", runs: ["Theo lĩnh vực:"], keepWithNext: true });
    blocks.push(countsTable("Lĩnh vực", data.picture.bySector));
    blocks.push({ type: "paragraph", runs: ["Theo Bộ quản lý lĩnh vực:"], keepWithNext: true });
    blocks.push(countsTable("Bộ quản lý", data.picture.byMinistry));
    blocks.push({
      type: "paragraph",
      runs: [
        `Các cơ quan theo dõi: ${data.picture.byAgency.map((a) => `${a.label} ${count(a.count)} cơ sở`).join("; ")}.`,
      ],
    });
  }
  return blocks;
}

const fulfilmentVi = { late: "nộp muộn", missing: "chưa nộp" } as const;

function complianceSection(data: GhgWorkReportData): Block[] {
  const row = data.picture.compliance.find((c) => c.year === data.year);
  if (!row || row.due + row.notDue === 0)
    return [
      { type: "paragraph", runs: [`Năm ${data.year}, các cơ sở không có nghĩa vụ báo cáo nào đến hạn.`] },
    ];
  const blocks: Block[] = [];
  if (row.due === 0)
    blocks.push({
      type: "paragraph",
      runs: [`Đến ngày ${formatDateVi(data.today)}, chưa có nghĩa vụ nào của năm ${data.year} đến hạn.`],
    });
  else
    blocks.push({
      type: "paragraph",
      runs: [
        `Năm ${data.year}, các cơ sở có ${count(row.due)} nghĩa vụ báo cáo đã đến hạn: ${count(row.onTime)} nghĩa vụ ` +
          `được thực hiện đúng hạn (${formatNumberVi(row.onTimeRate ?? 0, 1)}%), ${count(row.late)} nghĩa vụ thực hiện ` +
          `muộn, ${count(row.missing)} nghĩa vụ chưa thực hiện` +
          (row.notDue > 0 ? `; ${count(row.notDue)} nghĩa vụ chưa đến hạn` : "") +
          ". Đúng hạn hay muộn được tính theo ngày Sở nhận báo cáo.",
      ],
    });
  const agencies = data.overdue.agencies;
  if (agencies.length > 0) {
    blocks.push({
      type: "paragraph",
      runs: ["Các cơ sở chưa thực hiện hoặc thực hiện muộn:"],
      keepWithNext: true,
    });
    blocks.push({
      type: "bullets",
      items: agencies.flatMap((agency) =>
        agency.facilities.map((f) => [
          { text: f.name, bold: true },
          ` (${agency.agencyName ?? "chưa giao cơ quan theo dõi"}): ` +
            f.items
              .map(
                (o) =>
                  `${o.owed.charAt(0).toLocaleLowerCase("vi")}${o.owed.slice(1)} – ${fulfilmentVi[o.fulfilment]}` +
                  ` (hạn ${formatDateVi(o.dueDate)}${o.provisional ? ", thời hạn tạm tính" : ""}` +
                  `${o.receivedOn ? `, nhận ngày ${formatDateVi(o.receivedOn)}` : ""})`,
              )
              .join("; ") +
            ";",
        ]),
      ),
    });
  }
  return blocks;
}

function emissionsSection(data: GhgWorkReportData, chart: ImageBlock | null): Block[] {
  const { years, bySector, totals } = data.picture.emissions;
  if (years.length === 0)
    return [{ type: "paragraph", runs: ["Chưa có báo cáo kiểm kê nào có số liệu phát thải."] }];
  const pending = totals
    .filter((t) => t.facilities > t.appraised)
    .map((t) => `năm ${t.year} ${count(t.facilities - t.appraised)} cơ sở`);
  const blocks: Block[] = [
    {
      type: "paragraph",
      runs: [
        "Tổng hợp từ báo cáo của các cơ sở, lượng phát thải khí nhà kính theo lĩnh vực (tấn CO₂ tương đương) như sau" +
          (pending.length > 0
            ? `; số liệu chưa được Sở thẩm định xong, là số liệu do cơ sở báo cáo: ${pending.join(", ")}`
            : "") +
          ":",
      ],
      keepWithNext: true,
    },
  ];
  if (chart) blocks.push(chart);
  blocks.push({
    type: "table",
    fontSize: 10,
    columns: [
      { header: "Lĩnh vực", width: 34 },
      ...years.map((y) => ({ header: String(y), width: 66 / years.length, align: "right" as const })),
    ],
    rows: [
      ...bySector.map((s) => [s.label, ...s.values.map((v) => right(tonnes(v)))]),
      [
        { runs: ["Tổng cộng"], bold: true },
        ...totals.map((t): Cell => ({ runs: [tonnes(t.total)], align: "right", bold: true })),
      ],
      [
        "Số cơ sở có số liệu (đã thẩm định)",
        ...totals.map((t) => right(`${count(t.facilities)} (${count(t.appraised)})`)),
      ],
    ],
  });
  const largest = data.picture.largest;
  if (largest.length > 0) {
    blocks.push({
      type: "paragraph",
      runs: [`Các cơ sở phát thải lớn nhất năm ${largest[0]!.year}:`],
      keepWithNext: true,
    });
    blocks.push({
      type: "table",
      columns: [
        { header: "TT", width: 6, align: "center" },
        { header: "Cơ sở", width: 44 },
        { header: "Lĩnh vực", width: 22 },
        { header: "Phát thải (tCO₂tđ)", width: 28, align: "right" },
      ],
      rows: largest.map((e, i) => [
        String(i + 1),
        e.name,
        sectorName(e.sector),
        right(
          `${tonnes(e.total)}${e.determined ? " (Sở xác định)" : e.appraised ? "" : " (chưa thẩm định)"}`,
        ),
      ]),
    });
  }
  return blocks;
}

function yearStatus(f: WorkReportFacility): string {
  if (!f.year) return "Không có nghĩa vụ";
  const parts = [
    f.year.onTime > 0 ? `${f.year.onTime} đúng hạn` : "",
    f.year.late > 0 ? `${f.year.late} muộn` : "",
    f.year.missing > 0 ? `${f.year.missing} chưa nộp` : "",
    f.year.notDue > 0 ? `${f.year.notDue} chưa đến hạn` : "",
  ].filter(Boolean);
  return parts.join(", ");
}

function annexBlocks(data: GhgWorkReportData): Block[] {
  const number = data.fields.numberSymbol.trim().replace(/^Số:\s*/i, "");
  const numbered = number && !number.startsWith("/") ? `số ${number}` : "số      ";
  const date = data.fields.date ? `ngày ${formatDateVi(data.fields.date)}` : "ngày      ";
  return [
    { type: "pageBreak" },
    {
      type: "paragraph",
      runs: [{ text: "Phụ lục", bold: true }],
      align: "center",
      indent: false,
      keepWithNext: true,
    },
    {
      type: "paragraph",
      runs: [{ text: "DANH SÁCH CƠ SỞ PHÁT THẢI KHÍ NHÀ KÍNH TRÊN ĐỊA BÀN TỈNH", bold: true }],
      align: "center",
      indent: false,
      keepWithNext: true,
    },
    {
      type: "paragraph",
      runs: [
        {
          text: `(Kèm theo Báo cáo ${numbered} ${date} của ${data.departmentName})`,
          italic: true,
        },
      ],
      align: "center",
      indent: false,
      keepWithNext: true,
    },
    {
      type: "table",
      fontSize: 10,
      columns: [
        { header: "TT", width: 5, align: "center" },
        { header: "Tên cơ sở", width: 27 },
        { header: "Lĩnh vực", width: 14 },
        { header: "Bộ quản lý", width: 18 },
        { header: "Cơ quan theo dõi", width: 15 },
        { header: `Nghĩa vụ năm ${data.year}`, width: 21 },
      ],
      rows: data.facilities.map((f, i) => [
        String(i + 1),
        `${f.name}${f.quota ? " (có hạn ngạch)" : ""}${f.listed ? "" : " (không còn trong danh mục)"}`,
        sectorName(f.sector),
        f.ministry,
        f.agencyName ?? "–",
        yearStatus(f),
      ]),
    },
  ];
}

export function buildGhgWorkReportDocument(
  data: GhgWorkReportData,
  chart: ImageBlock | null,
): OfficialDocument {
  const { fields } = data;
  const sections: [string, Block[]][] = [
    ["Công tác triển khai", paragraphs(fields.actions)],
    ["Các cơ sở thuộc danh mục phải kiểm kê khí nhà kính", listedSection(data)],
    [`Kết quả thực hiện nghĩa vụ của các cơ sở năm ${data.year}`, complianceSection(data)],
    ["Kết quả kiểm kê khí nhà kính của các cơ sở", emissionsSection(data, chart)],
    ["Tồn tại, hạn chế", paragraphs(fields.remaining)],
    ["Đề xuất, kiến nghị", paragraphs(fields.proposals)],
  ];
  const body: Block[] = [];
  let number = 0;
  for (const [title, blocks] of sections) {
    if (blocks.length === 0) continue;
    number += 1;
    body.push({ type: "heading", text: `${number}. ${title}`, level: 1 }, ...blocks);
  }
  return {
    title: `Báo cáo kết quả kiểm kê khí nhà kính năm ${data.year}`,
    pageNumbers: true,
    blocks: [
      adminHeaderBlock(fields),
      { type: "title", text: "BÁO CÁO", subtitle: fields.subject },
      { type: "addressees", names: fields.addressees },
      ...paragraphs(fields.introduction),
      // "./." closes the last paragraph of the body when the body ends with words, not a table.
      ...(body.at(-1)?.type === "paragraph" ? withFinalMark(body) : body),
      signatureBlock(fields),
      ...annexBlocks(data),
    ],
  };
}
