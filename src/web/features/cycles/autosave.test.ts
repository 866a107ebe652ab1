// The autosave of an agency form with a fake server: what is sent, with which version, and
// that nothing typed is dropped on a refusal, a conflict or a network failure.
import { describe, expect, it } from "vitest";
import type { FormElement, ValueInput } from "../../../contracts/cycles.js";
import { Autosave } from "./autosave.js";
import { numberText, sameAsServer } from "./form-drafts.js";

const element = (code: string, over: Partial<FormElement> = {}): FormElement => ({
  code,
  name: { vi: code },
  description: null,
  unit: null,
  kind: "number",
  integer: false,
  min: null,
  max: null,
  shared: false,
  fields: [],
  readOnly: false,
  reportedBy: [],
  noData: null,
  enteredOnBehalf: false,
  changedSinceReturn: false,
  number: null,
  list: null,
  version: null,
  reviewStatus: null,
  updatedAt: null,
  lastYear: null,
  changePct: null,
  changeNoteSuggested: false,
  explanation: null,
  problems: [],
  ...over,
});

class Refused extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly details: { field: string; message: string }[] = [],
  ) {
    super(code);
  }
}

function harness(elements: FormElement[], answer: (values: ValueInput[]) => Promise<unknown>) {
  const sent: ValueInput[][] = [];
  let conflicts = 0;
  const autosave = new Autosave({
    storageKey: "test",
    send: async (values) => {
      sent.push(values);
      return (await answer(values)) as { saved: { element: string; version: number }[] };
    },
    afterSave: () => {},
    afterConflict: () => {
      conflicts++;
    },
    words: { notNumber: (text) => `not a number: ${text}`, badCell: (row, text) => `row ${row}: ${text}` },
    debounceMs: 60_000,
  });
  autosave.setElements(elements);
  return { autosave, sent, conflicts: () => conflicts };
}

const savedAll = (versions: Record<string, number>) => async (values: ValueInput[]) => ({
  saved: values.map((v) => ({ element: v.element, version: versions[v.element] ?? 1 })),
});

describe("numberText", () => {
  it.each([
    ["450000", "450.000"],
    ["83108003.5", "83.108.003,5"],
    ["1.234", "1,2340"],
    ["-12.5", "-12,5"],
    [null, ""],
  ])("%s → %s", (stored, text) => expect(numberText(stored)).toBe(text));

  it("reads the text back as the stored number", () => {
    for (const stored of ["450000", "83108003.5", "1.234", "0.5"])
      expect(
        sameAsServer(element("x", { number: stored }), { kind: "number", text: numberText(stored) }),
      ).toBe(true);
  });
});

describe("Autosave", () => {
  it("sends only the changed figures, each with the version it was typed over", async () => {
    const { autosave, sent } = harness(
      [element("a", { number: "5", version: 3 }), element("b"), element("c", { number: "1", version: 1 })],
      savedAll({ a: 4, b: 1 }),
    );
    autosave.change("a", { kind: "number", text: "6" });
    autosave.change("b", { kind: "number", text: "1.234,5" });
    expect(await autosave.flush()).toBe(true);
    expect(sent).toEqual([
      [
        { element: "a", number: "6", baseVersion: 3 },
        { element: "b", number: "1.234,5", baseVersion: null },
      ],
    ]);
    // What was typed stays on screen, and the next edit starts from the saved version.
    expect(autosave.valueOf(element("b"), () => ({ kind: "number", text: "" }))).toEqual({
      kind: "number",
      text: "1.234,5",
    });
    autosave.change("b", { kind: "number", text: "2" });
    await autosave.flush();
    expect(sent[1]).toEqual([{ element: "b", number: "2", baseVersion: 1 }]);
  });

  it("holds a refused figure with its message and still saves the others", async () => {
    const { autosave, sent } = harness([element("a"), element("b")], async (values) => {
      if (values.some((v) => v.element === "a"))
        throw new Refused(400, "VALIDATION_FAILED", [{ field: "values.a", message: "Không được âm" }]);
      return { saved: values.map((v) => ({ element: v.element, version: 1 })) };
    });
    autosave.change("a", { kind: "number", text: "-3" });
    autosave.change("b", { kind: "number", text: "7" });
    expect(await autosave.flush()).toBe(false);
    expect(sent.map((batch) => batch.map((v) => v.element))).toEqual([["a", "b"], ["b"]]);
    expect(autosave.fieldState("a")).toEqual({ state: "error", message: "Không được âm" });
    expect(autosave.hasDraft("a")).toBe(true);
    // Letters never reach the server.
    autosave.change("a", { kind: "number", text: "mười" });
    await autosave.flush();
    expect(sent).toHaveLength(2);
    expect(autosave.fieldState("a")?.message).toBe("not a number: mười");
  });

  it("waits for the person's choice on a conflict, then saves over the other version", async () => {
    let stale = true;
    const { autosave, sent, conflicts } = harness(
      [element("a", { number: "1", version: 1 })],
      async (values) => {
        if (stale)
          throw new Refused(409, "STALE_UPDATE", [{ field: "values.a", message: "đã được sửa thành 120" }]);
        return { saved: values.map((v) => ({ element: v.element, version: 3 })) };
      },
    );
    autosave.change("a", { kind: "number", text: "130" });
    expect(await autosave.flush()).toBe(false);
    expect(autosave.fieldState("a")?.state).toBe("conflict");
    expect(conflicts()).toBe(1);
    await autosave.flush();
    expect(sent).toHaveLength(1);
    stale = false;
    autosave.keepMine("a", 2);
    expect(await autosave.flush()).toBe(true);
    expect(sent[1]).toEqual([{ element: "a", number: "130", baseVersion: 2 }]);
  });

  it("keeps the drafts through a network failure and sends them when asked again", async () => {
    let offline = true;
    const { autosave, sent } = harness([element("a")], async (values) => {
      if (offline) throw new TypeError("Failed to fetch");
      return { saved: values.map((v) => ({ element: v.element, version: 1 })) };
    });
    autosave.change("a", { kind: "number", text: "12,5" });
    expect(await autosave.flush()).toBe(false);
    expect(autosave.status.state).toBe("retrying");
    expect(autosave.fieldState("a")?.state).toBe("pending");
    offline = false;
    expect(await autosave.flush()).toBe(true);
    expect(sent).toHaveLength(2);
    expect(autosave.status.state).toBe("saved");
    autosave.dispose();
  });

  it("sends list rows with numbers read the Vietnamese way, refusing a bad cell", async () => {
    const list = element("l", {
      kind: "list",
      fields: [
        { code: "name", name: { vi: "Tên" }, type: "text" },
        { code: "beds", name: { vi: "Giường" }, type: "number" },
        { code: "ok", name: { vi: "Đạt" }, type: "boolean" },
      ],
    });
    const { autosave, sent } = harness([list], savedAll({ l: 1 }));
    autosave.change("l", {
      kind: "list",
      rows: [{ key: "1", values: { name: " Bệnh viện A ", beds: "1.200", ok: true } }],
    });
    await autosave.flush();
    expect(sent[0]).toEqual([
      { element: "l", baseVersion: null, list: [{ name: "Bệnh viện A", beds: 1200, ok: true }] },
    ]);
    autosave.change("l", { kind: "list", rows: [{ key: "1", values: { name: "B", beds: "nhiều" } }] });
    await autosave.flush();
    expect(autosave.fieldState("l")).toEqual({ state: "error", message: "row 1: nhiều" });
  });
});
