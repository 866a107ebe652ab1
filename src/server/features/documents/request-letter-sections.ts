// What the request letter asks of each agency, as in the seed letters: the figures it reports,
// grouped under the indicator that reads them (code, name, unit), the evidence that indicator
// expects, and the form to fill in. Figures shared by many indicators (population, households:
// the statistics office's) are asked once, not under every indicator.
import type { CompiledFramework } from "../../../domain/framework/compile.js";
import type { DataElementDef } from "../../../domain/framework/schema.js";
import { formatNumberVi } from "../../../domain/text/format-vi.js";
import { vietnameseUnitText } from "../../../domain/text/unit-labels.js";
import type { Block } from "../../documents/model.js";
import type { AgencyGroup } from "./letter-agencies.js";

export interface LetterFramework {
  framework: CompiledFramework;
  /** Indicator code → the reported elements it reads, in the edition's order. */
  byIndicator: Map<string, string[]>;
  /** Element code → how many agencies report a part of it. */
  reporters: Map<string, number>;
}

/** Up to this many members of a group are named in its section; more are counted. */
const namedMembers = 10;

const line = (text: string): Block => ({ type: "paragraph", runs: [text] });
const withUnit = (name: string, unit: string) => (unit ? `${name} (${unit})` : name);

function elementText(def: DataElementDef, ctx: LetterFramework): string {
  let text = withUnit(def.name.vi, vietnameseUnitText(def.unit));
  if (def.kind === "list" && def.fields?.length)
    text += ` (danh sách, mỗi dòng gồm: ${def.fields.map((f) => f.name.vi).join("; ")})`;
  if ((ctx.reporters.get(def.code) ?? 0) > 1) text += ", phần thuộc đơn vị quản lý";
  return text;
}

// Said once, after every agency's section: each agency's Excel form is its own file, named after
// it; the letter points to the button that downloads it rather than to a number the file lacks.
export const howToProvide =
  "Hình thức cung cấp: các cơ quan, đơn vị nhập trực tiếp trên hệ thống PEPI Hub, hoặc điền biểu mẫu " +
  "Excel của đơn vị (nút “Tải biểu mẫu Excel” tại trang số liệu của đơn vị trên PEPI Hub) rồi tải lên " +
  "lại bằng nút “Nhập từ Excel”, kèm theo tài liệu minh chứng.";

/** The section of one addressee: "1. Sở Xây dựng" and what it provides. */
export function agencySection(
  group: AgencyGroup,
  number: number,
  ctx: LetterFramework,
  heading?: string,
): Block[] {
  const defs = new Map(ctx.framework.def.dataElements.map((e) => [e.code, e]));
  const own = new Set(group.elements);
  const blocks: Block[] = [
    {
      type: "paragraph",
      runs: [{ text: `${number}. ${heading ?? group.label}`, bold: true }],
    },
  ];
  // A few are named; a province's 150 communes are counted, their part described once.
  if (group.agencies.length > 1)
    blocks.push(
      line(
        group.agencies.length <= namedMembers
          ? `Gồm: ${group.agencies.map((a) => a.name).join(", ")}; mỗi đơn vị cung cấp số liệu trên địa bàn mình quản lý.`
          : `Gồm ${formatNumberVi(group.agencies.length)} ${group.label.replace(/^UBND các /, "")} của tỉnh; mỗi đơn vị cung cấp số liệu trên địa bàn mình quản lý.`,
      ),
    );

  const shared = group.elements.filter((code) => defs.get(code)?.shared);
  if (shared.length) {
    const readers = [...ctx.byIndicator]
      .filter(([, els]) => els.some((e) => shared.includes(e)))
      .map(([c]) => c);
    blocks.push(line(`- Số liệu dùng chung cho các chỉ số ${readers.join(", ")}:`));
    blocks.push(...items(shared.map((code) => elementText(defs.get(code)!, ctx))).map(line));
  }

  const listed = new Map<string, string>();
  for (const [code, elements] of ctx.byIndicator) {
    const mine = elements.filter((e) => own.has(e) && !defs.get(e)?.shared);
    if (!mine.length) continue;
    const indicator = ctx.framework.indicators.get(code)!.def;
    const unit = vietnameseUnitText(indicator.unit, indicator.unitLabel);
    blocks.push(line(`- Chỉ số ${code}. ${withUnit(indicator.name.vi, unit)}:`));
    const texts: string[] = [];
    for (const element of mine) {
      const first = listed.get(element);
      const def = defs.get(element)!;
      texts.push(first ? `${def.name.vi} (đã nêu tại chỉ số ${first})` : elementText(def, ctx));
      if (!first) listed.set(element, code);
    }
    if (indicator.evidence.length) texts.push(`Tài liệu minh chứng: ${indicator.evidence.join("; ")}`);
    blocks.push(...items(texts).map(line));
  }
  return blocks;
}

/** The items of a list as a letter writes them: "+ …;" each, the last one "+ ….". */
function items(texts: string[]): string[] {
  return texts.map((text, i) => `+ ${text}${i === texts.length - 1 ? "." : ";"}`);
}
