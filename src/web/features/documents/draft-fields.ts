// What the draft editor shows for a document: its fields as descriptors, in groups, and the
// conversion between the contract's values and the form's. Form fields are named after the
// contract's paths ("fields.subject"), so the server's complaints land next to the right box.
import dayjs, { type Dayjs } from "dayjs";
import type { MessageKey } from "../../i18n/index.js";

export type DraftFieldKind = "line" | "text" | "list" | "date" | "check";

export interface DraftField {
  /** The contract's field, e.g. "subject". */
  name: string;
  kind: DraftFieldKind;
  label: MessageKey;
  hint?: MessageKey;
  /** Lines a text area shows before it grows. */
  rows?: number;
  /** Half the width on a wide screen (short lines side by side). */
  half?: boolean;
  /** The contract refuses it empty (a list: without a line). */
  required?: boolean;
}

export interface DraftFieldGroup {
  title: MessageKey;
  fields: DraftField[];
}

/** The top of every document: the issuing body, its number, the place and the date. */
export const issuerHeaderGroup: DraftFieldGroup = {
  title: "documents.group.header",
  fields: [
    { name: "superiorBody", kind: "line", label: "documents.field.superiorBody", half: true },
    {
      name: "issuingBody",
      kind: "text",
      label: "documents.field.issuingBody",
      rows: 2,
      half: true,
      required: true,
    },
    {
      name: "numberSymbol",
      kind: "line",
      label: "documents.field.numberSymbol",
      hint: "documents.field.numberSymbolHint",
      half: true,
    },
    { name: "place", kind: "line", label: "documents.field.place", half: true, required: true },
    {
      name: "date",
      kind: "date",
      label: "documents.field.date",
      hint: "documents.field.dateHint",
      half: true,
    },
  ],
};

/** The end of every document: who signs, with what authority, and who gets a copy. */
export const signatureGroup: DraftFieldGroup = {
  title: "documents.group.signature",
  fields: [
    {
      name: "signerAuthority",
      kind: "text",
      label: "documents.field.signerAuthority",
      hint: "documents.field.signerAuthorityHint",
      rows: 2,
      half: true,
    },
    { name: "signerTitle", kind: "line", label: "documents.field.signerTitle", half: true, required: true },
    { name: "signerName", kind: "line", label: "documents.field.signerName", half: true },
    { name: "recipients", kind: "list", label: "documents.field.recipients" },
  ],
};

export const requestLetterGroups: DraftFieldGroup[] = [
  issuerHeaderGroup,
  {
    title: "documents.group.body",
    fields: [
      { name: "subject", kind: "text", label: "documents.field.subject", rows: 2, required: true },
      { name: "addressees", kind: "list", label: "documents.field.addressees", required: true },
      {
        name: "provincialInstruction",
        kind: "line",
        label: "documents.field.provincialInstruction",
        hint: "documents.field.provincialInstructionHint",
      },
      {
        name: "ministryGuidance",
        kind: "line",
        label: "documents.field.ministryGuidance",
        hint: "documents.field.ministryGuidanceHint",
      },
      { name: "opening", kind: "text", label: "documents.field.openingAfterReferences", rows: 4 },
      {
        name: "contactName",
        kind: "line",
        label: "documents.field.contactName",
        hint: "documents.field.contactNameHint",
        half: true,
      },
      { name: "contactUnit", kind: "line", label: "documents.field.contactUnit", half: true },
      { name: "contactPhone", kind: "line", label: "documents.field.contactPhone", half: true },
      { name: "contactEmail", kind: "line", label: "documents.field.contactEmail", half: true },
      { name: "closing", kind: "text", label: "documents.field.closing", rows: 4 },
    ],
  },
  signatureGroup,
];

export const formName = (field: string) => `fields.${field}`;
const allFields = (groups: DraftFieldGroup[]) => groups.flatMap((g) => g.fields);

export function toFormValues(groups: DraftFieldGroup[], fields: Record<string, unknown>) {
  const values: Record<string, unknown> = {};
  for (const field of allFields(groups)) {
    const value = fields[field.name];
    values[formName(field.name)] =
      field.kind === "date"
        ? typeof value === "string"
          ? dayjs(value)
          : null
        : field.kind === "check"
          ? value === true
          : (value ?? "");
  }
  return values;
}

/** The whole field set to save: the form's values over what was loaded (fields not shown kept). */
export function fromFormValues(
  groups: DraftFieldGroup[],
  loaded: Record<string, unknown>,
  values: Record<string, unknown>,
): Record<string, unknown> {
  const fields = { ...loaded };
  for (const field of allFields(groups)) {
    const value = values[formName(field.name)];
    if (field.kind === "date") fields[field.name] = value ? (value as Dayjs).format("YYYY-MM-DD") : null;
    else if (field.kind === "check") fields[field.name] = value === true;
    else if (field.kind === "list")
      fields[field.name] = ((value as string[] | undefined) ?? []).map((line) => (line ?? "").trim());
    else fields[field.name] = value ?? "";
  }
  return fields;
}

/** "fields.recipients.1" (a line of a list) → the list's own field, so the message shows under it. */
export function listProblemField(
  field: string,
  groups: DraftFieldGroup[],
): { field: string; line: number | null } {
  const match = field.match(/^fields\.(\w+)\.(\d+)$/);
  const list = allFields(groups).find((f) => f.kind === "list" && f.name === match?.[1]);
  return list && match ? { field: formName(list.name), line: Number(match[2]) + 1 } : { field, line: null };
}
