import { describe, expect, it } from "vitest";
import { resolveProvenance, withFieldsAt } from "./provenance.js";

describe("provenance", () => {
  it("inherits, applies the object's default, then per-field overrides", () => {
    expect(resolveProvenance(undefined, "attested", ["a"])).toEqual({ a: "attested" });
    expect(resolveProvenance("provisional", "attested", ["a", "b"])).toEqual({
      a: "provisional",
      b: "provisional",
    });
    expect(
      resolveProvenance({ default: "attested", formula: "provisional" }, "official", ["name", "formula"]),
    ).toEqual({
      name: "attested",
      formula: "provisional",
    });
    expect(resolveProvenance({ formula: "provisional" }, "official", ["name", "formula"])).toEqual({
      name: "official",
      formula: "provisional",
    });
  });

  it("marks edited fields without changing the others", () => {
    const next = withFieldsAt(
      { default: "attested", formula: "provisional" },
      "official",
      ["formula"],
      "official",
    );
    expect(resolveProvenance(next, "official", ["name", "formula"])).toEqual({
      name: "attested",
      formula: "official",
    });
  });
});
