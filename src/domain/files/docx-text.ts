// The text of a Word document (.docx) as its reader sees it, one paragraph a line: the runs of
// word/document.xml joined, tabs and line breaks kept, deleted text and the duplicate a text box
// carries for old readers left out, and the numbers Word draws for a numbered list ("1.", "a)")
// put back in front of their paragraph from word/numbering.xml. Only those two parts are unpacked,
// in 64 kB pieces, and what they unpack to is bounded, so an archive built to inflate without end
// is refused rather than read. Headers and footers (page numbers) are not part of the text.
import { StringDecoder } from "node:string_decoder";
import { formatNumberVi } from "../text/format-vi.js";
import { walkEntry, type ZipEntry, zipDirectoryOf, zipEntries } from "./zip.js";

export interface DocxTextLimits {
  /** Bytes the two parts may unpack to together. */
  unpacked: number;
  /** Characters of text the document may hold. */
  characters: number;
}

export type DocxTextVerdict = { ok: true; text: string } | { ok: false; reason: string };

const corrupt = "tệp Word bị hỏng hoặc bị cắt ngang, không đọc được";

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,8}|#\d{1,10}|amp|lt|gt|quot|apos);/gi, (_, name: string) => {
    const lower = name.toLowerCase();
    if (!lower.startsWith("#")) return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[lower]!;
    const code = lower.startsWith("#x") ? Number.parseInt(lower.slice(2), 16) : Number(lower.slice(1));
    // What no text may hold (NUL, half a surrogate pair, past Unicode) reads as a replacement mark.
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
      ? String.fromCodePoint(code)
      : "\uFFFD";
  });
}

const attribute = (tag: string, name: string) => {
  const found = new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`).exec(tag)?.[1];
  return found === undefined ? undefined : decodeEntities(found);
};

// --- Numbered lists ---------------------------------------------------------------------------

interface Level {
  start: number;
  format: string;
  text: string;
}

interface Numbering {
  /** numId → its levels (ilvl → level), overrides applied. */
  lists: Map<string, Map<number, Level>>;
}

function readNumbering(xml: string): Numbering {
  const abstract = new Map<string, Map<number, Level>>();
  for (const [, tag, body] of xml.matchAll(/(<w:abstractNum\b[^>]*>)([\s\S]*?)<\/w:abstractNum>/g)) {
    const id = attribute(tag!, "w:abstractNumId");
    if (id === undefined) continue;
    const levels = new Map<number, Level>();
    for (const [, levelTag, levelBody] of body!.matchAll(/(<w:lvl\b[^>]*>)([\s\S]*?)<\/w:lvl>/g)) {
      const at = Number(attribute(levelTag!, "w:ilvl"));
      const value = (element: string) =>
        attribute(new RegExp(`<w:${element}\\b[^>]*>`).exec(levelBody!)?.[0] ?? "", "w:val");
      levels.set(at, {
        start: Number(value("start") ?? 1),
        format: value("numFmt") ?? "decimal",
        text: value("lvlText") ?? "",
      });
    }
    abstract.set(id, levels);
  }
  const lists = new Map<string, Map<number, Level>>();
  for (const [, tag, body] of xml.matchAll(/(<w:num\b[^>]*>)([\s\S]*?)<\/w:num>/g)) {
    const id = attribute(tag!, "w:numId");
    const of = attribute(/<w:abstractNumId\b[^>]*>/.exec(body!)?.[0] ?? "", "w:val");
    const levels = new Map(of === undefined ? [] : abstract.get(of));
    for (const [, overrideTag, overrideBody] of body!.matchAll(
      /(<w:lvlOverride\b[^>]*>)([\s\S]*?)<\/w:lvlOverride>/g,
    )) {
      const at = Number(attribute(overrideTag!, "w:ilvl"));
      const start = attribute(/<w:startOverride\b[^>]*>/.exec(overrideBody!)?.[0] ?? "", "w:val");
      const level = levels.get(at);
      if (level && start !== undefined) levels.set(at, { ...level, start: Number(start) });
    }
    if (id !== undefined) lists.set(id, levels);
  }
  return { lists };
}

function roman(n: number): string {
  const parts: [number, string][] = [
    [1000, "m"],
    [900, "cm"],
    [500, "d"],
    [400, "cd"],
    [100, "c"],
    [90, "xc"],
    [50, "l"],
    [40, "xl"],
    [10, "x"],
    [9, "ix"],
    [5, "v"],
    [4, "iv"],
    [1, "i"],
  ];
  let out = "";
  for (const [value, letters] of parts)
    while (n >= value) {
      out += letters;
      n -= value;
    }
  return out;
}

/** A list number as Word draws it in a format (letters: a … z, then aa …). */
function formatNumber(n: number, format: string): string {
  const letter = () => String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
  switch (format) {
    case "lowerLetter":
      return letter();
    case "upperLetter":
      return letter().toUpperCase();
    case "lowerRoman":
      return roman(n);
    case "upperRoman":
      return roman(n).toUpperCase();
    case "decimalZero":
      return String(n).padStart(2, "0");
    default:
      return String(n);
  }
}

/** Counts the paragraphs of each list and gives each its label ("2.", "b)"), as Word does. */
function labeller(numbering: Numbering) {
  const counters = new Map<string, number[]>();
  return (numId: string | null, ilvl: number): string => {
    if (numId === null || numId === "0") return "";
    const levels = numbering.lists.get(numId);
    const level = levels?.get(ilvl);
    if (!levels || !level) return "";
    const counts = counters.get(numId) ?? [];
    counts[ilvl] = counts[ilvl] === undefined ? level.start : counts[ilvl] + 1;
    counts.length = ilvl + 1; // a deeper level starts again under the next item
    counters.set(numId, counts);
    if (level.format === "bullet" || level.format === "none")
      return level.format === "none" ? level.text : "";
    return level.text.replace(/%(\d)/g, (_, k: string) => {
      const at = Number(k) - 1;
      const of = levels.get(at);
      return of ? formatNumber(counts[at] ?? of.start, of.format) : "";
    });
  };
}

// --- The document ---------------------------------------------------------------------------

/** Longer than any element Word writes (an image's description is at most a few kB). */
const longestTag = 1024 * 1024;

interface Paragraph {
  text: string;
  numId: string | null;
  ilvl: number;
}

/** Reads document.xml piece by piece: tags and the text between them, whatever the cut. */
function documentReader(label: ReturnType<typeof labeller>, maxCharacters: number) {
  const lines: string[] = [];
  let characters = 0;
  const open: Paragraph[] = [];
  let pending = "";
  let inText = false;
  let runDepth = 0;
  let inParagraphProperties = false;
  /** Inside mc:Fallback (the copy of a text box for old readers), or a tracked change's old properties. */
  let skipDepth = 0;
  /** A tag longer than any Word writes is dropped up to its end, not searched again and again. */
  let droppingTag = false;
  const add = (text: string) => {
    const paragraph = open.at(-1);
    if (paragraph && runDepth > 0) paragraph.text += text;
  };
  const within = () => characters + (open.at(-1)?.text.length ?? 0) <= maxCharacters;
  const tag = (raw: string) => {
    const closing = raw.startsWith("</");
    const name = /^<\/?([\w:.-]+)/.exec(raw)?.[1] ?? "";
    const empty = raw.endsWith("/>");
    if (name === "mc:Fallback" || name === "w:pPrChange" || name === "w:rPrChange") {
      if (closing) skipDepth = Math.max(0, skipDepth - 1);
      else if (!empty) skipDepth++;
      return;
    }
    if (skipDepth > 0) return;
    switch (name) {
      case "w:p":
        if (closing || empty) {
          const paragraph = closing ? open.pop() : { text: "", numId: null, ilvl: 0 };
          if (!paragraph) return;
          const number = label(paragraph.numId, paragraph.ilvl);
          const line = number && paragraph.text.trim() ? `${number} ${paragraph.text}` : paragraph.text;
          characters += line.length + 1;
          lines.push(line);
        } else open.push({ text: "", numId: null, ilvl: 0 });
        return;
      case "w:pPr":
        inParagraphProperties = !closing && !empty;
        return;
      case "w:numId":
      case "w:ilvl": {
        const paragraph = open.at(-1);
        const value = attribute(raw, "w:val");
        if (!inParagraphProperties || !paragraph || value === undefined) return;
        if (name === "w:numId") paragraph.numId = value;
        else paragraph.ilvl = Number(value) || 0;
        return;
      }
      case "w:r":
        if (!empty) runDepth += closing ? -1 : 1;
        runDepth = Math.max(0, runDepth);
        return;
      case "w:t":
        inText = !closing && !empty;
        return;
      case "w:tab":
        add("\t");
        return;
      case "w:br":
      case "w:cr":
        add("\n");
        return;
      case "w:noBreakHyphen":
        add("-");
        return;
    }
  };
  return {
    /** False once the text is longer than allowed. */
    write(chunk: string): boolean {
      pending += chunk;
      let at = 0;
      if (droppingTag) {
        const gt = pending.indexOf(">");
        droppingTag = gt < 0;
        at = gt < 0 ? pending.length : gt + 1;
      }
      while (!droppingTag) {
        const lt = pending.indexOf("<", at);
        if (lt < 0) {
          // Text up to the end of the piece, less an entity the piece may cut ("&am" | "p;").
          const amp = pending.lastIndexOf("&");
          const end = amp >= at && !pending.includes(";", amp) ? amp : pending.length;
          if (inText && skipDepth === 0) add(decodeEntities(pending.slice(at, end)));
          at = end;
          break;
        }
        if (lt > at && inText && skipDepth === 0) add(decodeEntities(pending.slice(at, lt)));
        const gt = pending.indexOf(">", lt);
        if (gt < 0) {
          at = lt;
          if (pending.length - lt > longestTag) {
            droppingTag = true;
            at = pending.length;
          }
          break;
        }
        tag(pending.slice(lt, gt + 1));
        at = gt + 1;
      }
      pending = pending.slice(at);
      return characters <= maxCharacters && within();
    },
    end(): string {
      return lines.join("\n");
    },
  };
}

/** Feeds an entry's text to `take` as it unpacks; `take` answers false to stop ("too_long"). */
async function entryText(
  entry: ZipEntry,
  budget: { left: number },
  take: (text: string) => boolean,
): Promise<"too_large" | "too_long" | "corrupt" | undefined> {
  if (!entry.data) return "corrupt";
  const decoder = new StringDecoder("utf8");
  const verdict = await walkEntry(entry.data, entry.deflated, (chunk) => {
    budget.left -= chunk.length;
    if (budget.left < 0) return "too_large";
    return take(decoder.write(chunk)) ? undefined : "too_long";
  });
  if (verdict) return verdict;
  return take(decoder.end()) ? undefined : "too_long";
}

export async function docxText(bytes: Uint8Array, limits: DocxTextLimits): Promise<DocxTextVerdict> {
  const directory = zipDirectoryOf(bytes);
  if (!directory) return { ok: false, reason: corrupt };
  const entries = zipEntries(bytes, directory);
  const document = entries.find((e) => e.name === "word/document.xml");
  if (!document) return { ok: false, reason: "tệp nén này không phải tài liệu Word (.docx)" };
  const budget = { left: limits.unpacked };
  const tooLarge = {
    ok: false as const,
    reason: `nội dung tài liệu khi giải nén lớn hơn ${formatNumberVi(Math.round(limits.unpacked / 1024 / 1024))} MB, không phải một văn bản kế hoạch thông thường`,
  };
  let numberingXml = "";
  const numberingEntry = entries.find((e) => e.name === "word/numbering.xml");
  if (numberingEntry) {
    const verdict = await entryText(numberingEntry, budget, (text) => {
      numberingXml += text;
      return true;
    });
    if (verdict === "too_large") return tooLarge;
    if (verdict === "corrupt") return { ok: false, reason: corrupt };
  }
  const reader = documentReader(labeller(readNumbering(numberingXml)), limits.characters);
  const verdict = await entryText(document, budget, (text) => reader.write(text));
  if (verdict === "too_large") return tooLarge;
  if (verdict === "corrupt") return { ok: false, reason: corrupt };
  if (verdict === "too_long")
    return {
      ok: false,
      reason: `văn bản dài hơn ${formatNumberVi(limits.characters)} ký tự; hãy chép riêng phần nhiệm vụ, giải pháp và phần tổ chức thực hiện rồi dán vào ô văn bản`,
    };
  // In composed form (NFC), as every text the server takes in, so names match the stored ones.
  const text = reader.end().normalize("NFC");
  if (text.trim() === "")
    return {
      ok: false,
      reason: "tài liệu Word không có chữ nào đọc được (có thể là ảnh chụp văn bản)",
    };
  return { ok: true, text };
}
