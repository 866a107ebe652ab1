// The agency form workbook (biểu mẫu): what it is made of, shared by the writer and the reader.
// The hidden metadata sheet says which template, cycle and agency it is and, for every value it
// was filled with, that value's version and fingerprint, so an upload can tell what the person
// changed from what changed on the server meanwhile.
import type { ListItem } from "../../domain/formula/index.js";

export const formTemplateKind = "pepi-hub/bieu-mau-co-quan";
/** Raised when the layout changes in a way an older file cannot be read by. */
export const formTemplateVersion = 1;
export const metaSheetName = "_pepi";
export const coverSheetName = "Hướng dẫn";

/** Indicator sheets: a few title lines, a header row, then one row per figure. */
export const figureColumns = { code: 1, name: 2, unit: 3, lastYear: 4, value: 5, note: 6 } as const;
export const figureHeaderRow = 4;
export const maxFigureRows = 1_000;
/** List sheets: title, note, header row, then one row per item with one column per field. */
export const listHeaderRow = 3;
export const maxListRows = 10_000;

export interface TemplateFigure {
  code: string;
  name: string;
  unit: string;
  integer: boolean;
  min: number | null;
  max: number | null;
  lastYear: number | null;
  value: number | null;
  /** input: this agency fills it; shared: reported by others; list/elsewhere: filled on another sheet. */
  role: "input" | "shared" | "list" | "elsewhere";
  note: string;
  version: number | null;
  fingerprint: string;
}

export interface TemplateGroup {
  /** The sheet's name, e.g. "Chỉ số 07". */
  title: string;
  heading: string;
  detail: string;
  figures: TemplateFigure[];
}

export interface TemplateList {
  code: string;
  name: string;
  fields: { code: string; name: string; type: "boolean" | "number" | "text" }[];
  items: ListItem[];
  readOnly: boolean;
  note: string;
  version: number | null;
  fingerprint: string;
}

export interface FormTemplate {
  cycleId: string;
  year: number;
  frameworkCode: string;
  frameworkName: string;
  editionCode: string;
  frameworkVersion: number;
  province: string;
  agencyId: string;
  agencyName: string;
  submissionDue: string;
  statusText: string;
  generatedAt: Date;
  groups: TemplateGroup[];
  lists: TemplateList[];
  units: { unit: string; meaning: string }[];
}

export interface MetaElement {
  code: string;
  kind: "number" | "list";
  sheet: string;
  version: number | null;
  fingerprint: string;
}

export interface TemplateMeta {
  kind: string;
  formatVersion: number;
  cycleId: string;
  year: number;
  agencyId: string;
  agencyName: string;
  frameworkCode: string;
  editionCode: string;
  frameworkVersion: number;
  generatedAt: string;
  elements: MetaElement[];
}

/** Keys of the metadata sheet, in the order they are written (column A, value in column B). */
export const metaKeys = [
  "kind",
  "formatVersion",
  "cycleId",
  "year",
  "agencyId",
  "agencyName",
  "frameworkCode",
  "editionCode",
  "frameworkVersion",
  "generatedAt",
] as const;
/** The row where the table of prefilled elements starts (its header row). */
export const metaElementsRow = metaKeys.length + 2;
