// Renders an official document to PDF with pdfmake, in the same NĐ 30/2020 layout as the .docx.
// The font is Tinos (metric-compatible with Times New Roman, with Vietnamese) shipped as an npm
// package, so the output never depends on the fonts of the machine it runs on.
import { createRequire } from "node:module";
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import {
  draftMarkText,
  firstLineIndentMm,
  fontSize,
  headerDistanceMm,
  lineSpacing,
  marginsMm,
  mmToPt,
  nfc,
  spaceAfterPt,
} from "./layout.js";
import type { Block, OfficialDocument } from "./model.js";
import {
  addressees,
  adminHeader,
  bullets,
  heading,
  image,
  inlines,
  pdfAlign,
  signature,
  table,
  title,
} from "./pdf-blocks.js";

const require = createRequire(import.meta.url);
const tinos = (style: string) => require.resolve(`@expo-google-fonts/tinos/${style}/Tinos_${style}.ttf`);

type PdfMake = typeof import("pdfmake");
let loaded: PdfMake | undefined;

// pdfmake and its font tables load slowly: once, on the first PDF, not at server start.
async function pdfMake(): Promise<PdfMake> {
  if (loaded) return loaded;
  const module = (await import("pdfmake")) as unknown as { default: PdfMake };
  const instance = module.default;
  const files = {
    normal: tinos("400Regular"),
    bold: tinos("700Bold"),
    italics: tinos("400Regular_Italic"),
    bolditalics: tinos("700Bold_Italic"),
  };
  instance.setFonts({ Tinos: { ...files } });
  // Documents only ever read these four font files: no other local file, no URL.
  const allowed = new Set(Object.values(files));
  instance.setLocalAccessPolicy((path) => allowed.has(path));
  instance.setUrlAccessPolicy(() => false);
  loaded = instance;
  return instance;
}

function blockToPdf(doc: OfficialDocument, block: Block): Content | Content[] {
  switch (block.type) {
    case "adminHeader":
      return adminHeader(doc, block);
    case "signature":
      return signature(doc, block);
    case "title":
      return title(doc, block.text, block.subtitle);
    case "heading":
      return heading(block.text, block.level);
    case "paragraph": {
      const indented = block.indent !== false && block.align !== "center";
      return {
        text: inlines(block.runs),
        alignment: pdfAlign(block.align),
        fontSize: block.size,
        leadingIndent: indented ? mmToPt(firstLineIndentMm) : undefined,
        margin: [0, 0, 0, spaceAfterPt],
        // pdfmake moves a "headline" that would end a page to the next (pageBreakBefore below).
        headlineLevel: block.keepWithNext ? 3 : undefined,
      };
    }
    case "addressees":
      return addressees(block.names);
    case "bullets":
      return bullets(block);
    case "table":
      return table(doc, block);
    case "image":
      return image(block);
    case "pageBreak":
      return []; // see pdfContent
  }
}

/** "DỰ THẢO" in a thin box at the right, as the .docx shows it. */
const draftBox = {
  columns: [
    { text: "", width: "*" },
    {
      width: "auto",
      table: { body: [[{ text: draftMarkText, bold: true, fontSize: 12, lineHeight: 1 }]] },
      layout: { hLineWidth: () => 0.75, vLineWidth: () => 0.75, paddingTop: () => 1, paddingBottom: () => 1 },
    },
  ],
} satisfies Content;

/** The running header: the page number in the centre from page 2, "DỰ THẢO" boxed on the right. */
function runningHeader(doc: OfficialDocument) {
  return (page: number): Content => ({
    columns: [
      { text: "", width: "*" },
      { text: doc.pageNumbers && page > 1 ? String(page) : "", width: "auto", fontSize: fontSize.pageNumber },
      doc.draftMark ? { ...draftBox, width: "*" } : { text: "", width: "*" },
    ],
    margin: [mmToPt(marginsMm.left), mmToPt(headerDistanceMm), mmToPt(marginsMm.right), 0],
  });
}

/**
 * The blocks in order; the paragraph before a signature and the signature are one unbreakable
 * stack, so the signature is never alone at the top of a page.
 */
function pdfContent(doc: OfficialDocument): Content[] {
  const items: { content: Content; breakBefore: boolean }[] = [];
  let breakBefore = false;
  doc.blocks.forEach((block, i) => {
    // A page break starts the next block on a new page. An empty node breaking "after" could
    // itself be pushed over a full page's end and leave a blank page behind it.
    if (block.type === "pageBreak") {
      breakBefore = true;
      return;
    }
    const rendered = [blockToPdf(doc, block)].flat();
    const previous = items.at(-1);
    if (block.type === "signature" && doc.blocks[i - 1]?.type === "paragraph" && previous)
      previous.content = { stack: [previous.content, ...rendered], unbreakable: true };
    else
      for (const [n, content] of rendered.entries())
        items.push({ content, breakBefore: breakBefore && n === 0 });
    breakBefore = false;
  });
  // The break goes on the outermost node: inside an unbreakable stack pdfmake loses text.
  return items.map(({ content, breakBefore }) =>
    breakBefore ? ({ stack: [content], pageBreak: "before" } as Content) : content,
  );
}

export async function renderPdf(doc: OfficialDocument): Promise<Buffer> {
  const pdf = await pdfMake();
  const definition: TDocumentDefinitions = {
    info: { title: nfc(doc.title), creator: "PEPI Hub", producer: "PEPI Hub" },
    language: "vi-VN",
    pageSize: "A4",
    pageOrientation: doc.orientation ?? "portrait",
    pageMargins: [
      mmToPt(marginsMm.left),
      mmToPt(marginsMm.top),
      mmToPt(marginsMm.right),
      mmToPt(marginsMm.bottom),
    ],
    header: doc.pageNumbers || doc.draftMark ? runningHeader(doc) : undefined,
    defaultStyle: { font: "Tinos", fontSize: fontSize.body, lineHeight: lineSpacing },
    content: pdfContent(doc),
    // A heading is never left alone at the bottom of a page.
    pageBreakBefore: (node, queries) =>
      node.headlineLevel !== undefined &&
      queries.getFollowingNodesOnPage().length === 0 &&
      queries.getNodesOnNextPage().length > 0,
  };
  return pdf.createPdf(definition).getBuffer();
}
