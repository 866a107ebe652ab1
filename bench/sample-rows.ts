// Three rows of a list figure (facilities, landfills…) for the benches: one of each field's type.
import type { ListItem } from "../src/domain/formula/index.js";

export function sampleRows(fields: readonly { code: string; type: string }[] = []): ListItem[] {
  const row = (n: number): ListItem =>
    Object.fromEntries(
      fields.map((f) => [f.code, f.type === "boolean" ? n !== 2 : f.type === "number" ? n : `Cơ sở ${n}`]),
    );
  return [row(1), row(2), row(3)];
}
