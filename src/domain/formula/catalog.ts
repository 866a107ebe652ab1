// What the checker knows about each data element: a number with its unit, a yes/no answer,
// or a list of items (facilities, landfills...) with typed fields.
import type { Unit } from "./units.js";

export interface NumberElement {
  readonly kind: "number";
  readonly unit: Unit;
  /** Counts are whole numbers; input validation uses this, formulas do not need it. */
  readonly integer?: boolean;
}

export interface BooleanElement {
  readonly kind: "boolean";
}

export type ListField = { readonly type: "boolean" } | { readonly type: "number"; readonly unit: Unit };

export interface ListElement {
  readonly kind: "list";
  readonly fields: Readonly<Record<string, ListField>>;
  /** The unit of `count(list)`, e.g. facility; dimensionless when absent. */
  readonly itemUnit?: Unit;
}

export type CatalogEntry = NumberElement | BooleanElement | ListElement;

/** Data element code → what it is. */
export type FormulaCatalog = Readonly<Record<string, CatalogEntry>>;

/** Own entries only: a code such as `constructor` must not find Object.prototype's. */
export function lookup<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
