// The agency's form as a workbook to fill offline: the same figures, grouping and prefilled values
// as the form page (buildForm), laid out for Excel, with what the upload needs to recognise it.
import type { AgencyForm, FormElement } from "../../../contracts/cycles.js";
import type { Actor } from "../../../domain/auth/permissions.js";
import { submissionStatusVi } from "../../../domain/cycle/workflow.js";
import type { ListItem } from "../../../domain/formula/index.js";
import { safeNameComponent } from "../../../domain/text/file-names.js";
import { vietnameseUnitText } from "../../../domain/text/unit-labels.js";
import type { DbOrTx } from "../../db/client.js";
import { writeFormWorkbook } from "../../reports/form-workbook.js";
import type {
  FormTemplate,
  TemplateFigure,
  TemplateGroup,
  TemplateList,
} from "../../reports/form-workbook-layout.js";
import { cycleFramework } from "../cycles/cycles.service.js";
import { buildForm } from "../cycles/form.service.js";
import { listFingerprint, numberFingerprint } from "./value-fingerprint.js";

const unitMeanings: Record<string, string> = {
  t: "tấn",
  "t/day": "tấn mỗi ngày đêm",
  ha: "héc-ta",
  m3: "mét khối",
  "m3/day": "mét khối mỗi ngày đêm",
  kWh: "ki-lô-oát giờ",
  "million VND": "triệu đồng",
  "%": "phần trăm",
};

const asNumber = (text: string | null) => (text === null ? null : Number(text));

function figure(e: FormElement, role: TemplateFigure["role"], note: string): TemplateFigure {
  return {
    code: e.code,
    name: e.name.vi,
    unit: vietnameseUnitText(e.unit),
    integer: e.integer,
    min: e.min,
    max: e.max,
    lastYear: e.lastYear,
    value: role === "input" || role === "shared" ? asNumber(e.number) : null,
    role,
    note,
    version: e.version,
    fingerprint: numberFingerprint(e.number),
  };
}

/** Who reports a figure this agency only reads. */
const reportedBy = (e: FormElement) =>
  e.reportedBy.length > 0
    ? `Do ${e.reportedBy.join(", ")} báo cáo – chỉ xem`
    : "Chưa giao cho cơ quan nào – chỉ xem";

function roleOf(e: FormElement): [TemplateFigure["role"], string] {
  if (e.kind === "list") return ["list", e.readOnly ? reportedBy(e) : "Nhập ở trang danh sách"];
  if (e.readOnly) return ["shared", reportedBy(e)];
  const parts =
    e.reportedBy.length > 1 ? " Nhập phần của cơ quan mình; hệ thống cộng phần của các cơ quan." : "";
  return ["input", `${e.description ?? ""}${parts}`.trim()];
}

/** One group per indicator, each figure placed once (under the first indicator that reads it). */
function groupsOf(form: AgencyForm): TemplateGroup[] {
  const byCode = new Map(form.elements.map((e) => [e.code, e]));
  const placed = new Map<string, string>();
  const groups: TemplateGroup[] = form.indicators.map((indicator) => {
    const title = `Chỉ số ${indicator.code}`;
    const figures: TemplateFigure[] = [];
    for (const code of indicator.elements) {
      const e = byCode.get(code);
      if (!e) continue;
      const earlier = placed.get(code);
      if (earlier) figures.push(figure(e, "elsewhere", `Nhập ở trang “${earlier}”`));
      else {
        placed.set(code, title);
        figures.push(figure(e, ...roleOf(e)));
      }
    }
    figures.sort((a, b) => Number(a.role === "shared") - Number(b.role === "shared"));
    const unit = vietnameseUnitText(indicator.unit, indicator.unitLabel);
    const detail = [
      unit && `Đơn vị của chỉ số: ${unit}.`,
      indicator.formula && `Công thức: ${indicator.formula}.`,
      indicator.value !== null &&
        `Giá trị tính từ số liệu đã nhập: ${indicator.value.toLocaleString("vi-VN", { maximumFractionDigits: 2 })}.`,
    ];
    return { title, heading: indicator.name.vi, detail: detail.filter(Boolean).join(" "), figures };
  });
  const others = form.elements.filter((e) => !placed.has(e.code));
  if (others.length > 0)
    groups.push({
      title: "Số liệu khác",
      heading: "Số liệu khác",
      detail: "",
      figures: others.map((e) => figure(e, ...roleOf(e))),
    });
  return groups;
}

function listsOf(form: AgencyForm): TemplateList[] {
  return form.elements
    .filter((e) => e.kind === "list")
    .map((e) => ({
      code: e.code,
      name: e.name.vi,
      fields: e.fields.map((f) => ({ code: f.code, name: f.name.vi, type: f.type })),
      items: (e.list ?? []) as ListItem[],
      readOnly: e.readOnly,
      note: e.readOnly
        ? `${reportedBy(e)}; thay đổi ở trang này không được lưu.`
        : "Mỗi dòng một mục; thêm mục ở cuối danh sách. Cột có/không: chọn “Có” hoặc “Không”. Xóa nội dung cả dòng để bỏ một mục.",
      version: e.version,
      fingerprint: listFingerprint(e.fields, e.list as ListItem[] | null),
    }));
}

export async function buildFormTemplate(
  db: DbOrTx,
  cycleId: string,
  agencyId: string,
  actor: Actor,
): Promise<{ fileName: string; content: Buffer }> {
  const form = await buildForm(db, cycleId, agencyId, actor);
  const { version } = await cycleFramework(db, form.cycle.frameworkCode, form.cycle.editionCode);
  const units = [...new Set(form.elements.map((e) => e.unit).filter((u): u is string => !!u && u !== "1"))];
  const template: FormTemplate = {
    cycleId,
    year: form.cycle.year,
    frameworkCode: form.cycle.frameworkCode,
    frameworkName: form.cycle.frameworkName.vi,
    editionCode: form.cycle.editionCode,
    frameworkVersion: version,
    province: form.cycle.orgUnit.name,
    agencyId,
    agencyName: form.agency.name,
    submissionDue: form.cycle.deadlines.submissionDue,
    statusText: submissionStatusVi[form.submission.status],
    generatedAt: new Date(),
    groups: groupsOf(form),
    lists: listsOf(form),
    units: units.map((u) => ({
      unit: vietnameseUnitText(u),
      meaning: unitMeanings[u] ?? vietnameseUnitText(u),
    })),
  };
  const content = await writeFormWorkbook(template);
  const fileName = `${safeNameComponent(`Biểu mẫu ${form.cycle.frameworkCode} năm ${form.cycle.year} - ${form.agency.name}`, 115)}.xlsx`;
  return { fileName, content };
}
