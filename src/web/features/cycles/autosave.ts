// The autosave of an agency form. Typed values become drafts; a second after the last keystroke
// the changed ones are sent with the version each was typed over. Nothing typed is dropped:
// a refused value stays with its message until corrected, a conflict waits for the person to
// choose, a network failure is retried, and every unsaved draft is also kept in localStorage.
import type { FormElement, ValueInput } from "../../../contracts/cycles.js";
import { readDecimal } from "../../lib/decimal.js";
import type { SavedValues } from "./form.api.js";
import {
  type Draft,
  type DraftValue,
  readStoredDrafts,
  sameAsServer,
  toValueInput,
  writeStoredDrafts,
} from "./form-drafts.js";

export interface FieldState {
  state: "pending" | "saving" | "error" | "conflict";
  message?: string;
}

export interface AutosaveStatus {
  state: "idle" | "pending" | "saving" | "saved" | "retrying" | "failed";
  savedAt: Date | null;
  /** Why the last attempt failed (server's message, already in the reader's language). */
  message: string | null;
}

export interface AutosaveOptions {
  storageKey: string;
  send(values: ValueInput[]): Promise<SavedValues>;
  /** After a save: the form is read again for the live indicators and the issues. */
  afterSave(): void;
  /** After a conflict: the form is read again to show the other person's value. */
  afterConflict(): void;
  words: { notNumber(text: string): string; badCell(row: number, text: string): string };
  debounceMs?: number;
}

const maxRetryMs = 30_000;

/** What the API client's errors carry (read by shape, so this file runs without a browser). */
interface Refusal {
  status: number;
  code: string;
  message: string;
  details: { field: string; message: string }[];
}
const isRefusal = (error: unknown): error is Refusal =>
  error instanceof Error &&
  typeof (error as Partial<Refusal>).status === "number" &&
  Array.isArray((error as Partial<Refusal>).details);
const elementOfField = (field: string) => /^values\.([^.[\]]+)/.exec(field)?.[1];

export class Autosave {
  private drafts = new Map<string, Draft>();
  /** The last value saved from this page, shown instead of the server's spelling of it. */
  private typed = new Map<string, { value: DraftValue; version: number }>();
  private fields = new Map<string, FieldState>();
  private elements = new Map<string, FormElement>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private failures = 0;
  private listeners = new Set<() => void>();
  private version = 0;
  private restoredOnce = false;
  status: AutosaveStatus = { state: "idle", savedAt: null, message: null };
  restoredCount = 0;

  constructor(private readonly options: AutosaveOptions) {}

  // --- for React (useSyncExternalStore) ---
  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  getSnapshot = () => this.version;
  private notify() {
    this.version++;
    for (const listener of this.listeners) listener();
  }

  setElements(elements: FormElement[]) {
    this.elements = new Map(elements.map((e) => [e.code, e]));
  }

  /** Drafts left in the browser by an earlier visit; those still different are saved again. */
  restore(elements: FormElement[]) {
    if (this.restoredOnce) return;
    this.restoredOnce = true;
    this.setElements(elements);
    for (const [code, draft] of readStoredDrafts(this.options.storageKey)) {
      const element = this.elements.get(code);
      if (!element || element.readOnly || sameAsServer(element, draft.value)) continue;
      this.drafts.set(code, draft);
      this.fields.set(code, { state: "pending" });
      this.restoredCount++;
    }
    this.persist();
    if (this.restoredCount > 0) this.schedule(0);
    this.notify();
  }

  // --- what the inputs show ---
  valueOf(element: FormElement, fromServer: () => DraftValue): DraftValue {
    const draft = this.drafts.get(element.code);
    if (draft) return draft.value;
    const typed = this.typed.get(element.code);
    // The form may still be the one read before this save; the newer of the two wins.
    if (typed && typed.version >= (element.version ?? 0)) return typed.value;
    return fromServer();
  }
  fieldState(code: string): FieldState | undefined {
    return this.fields.get(code);
  }
  hasDraft(code: string): boolean {
    return this.drafts.has(code);
  }
  get unsavedCount(): number {
    return this.drafts.size;
  }
  get blockedCount(): number {
    return [...this.fields.values()].filter((f) => f.state === "error" || f.state === "conflict").length;
  }

  // --- what the person does ---
  change(code: string, value: DraftValue) {
    const element = this.elements.get(code);
    if (!element || element.readOnly) return;
    const existing = this.drafts.get(code);
    const typed = this.typed.get(code);
    // Typed over what is shown: the newer of the version read and the one saved from here.
    const baseVersion = existing
      ? existing.baseVersion
      : Math.max(typed?.version ?? 0, element.version ?? 0) || null;
    this.drafts.set(code, { value, baseVersion });
    // A conflict waits for a choice; any other complaint is about the previous text.
    if (this.fields.get(code)?.state !== "conflict") this.fields.set(code, { state: "pending" });
    if (this.status.state !== "retrying") this.setStatus({ state: "pending", message: null });
    this.persist();
    this.schedule(this.options.debounceMs ?? 1000);
    this.notify();
  }

  /** Saves this draft over the other person's version. */
  keepMine(code: string, theirVersion: number | null) {
    const draft = this.drafts.get(code);
    if (!draft) return;
    this.drafts.set(code, { ...draft, baseVersion: theirVersion });
    this.fields.set(code, { state: "pending" });
    this.persist();
    this.schedule(0);
    this.notify();
  }

  /** Drops this draft for the value now saved. */
  takeTheirs(code: string) {
    this.drafts.delete(code);
    this.typed.delete(code);
    this.fields.delete(code);
    this.persist();
    this.notify();
  }

  /** Saves everything that can be saved now; true when nothing is left unsaved. */
  async flush(): Promise<boolean> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (;;) {
      // One request at a time: a second save waits and then sends what is still unsaved.
      while (this.running) await this.running;
      const outcome = await this.run(() => this.sendOnce());
      if (outcome !== "again") break;
    }
    return this.drafts.size === 0;
  }

  /** On leaving the page: what is typed is sent at once rather than after the pause. */
  dispose() {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
      void this.flush();
    }
  }

  retryNow() {
    this.failures = 0;
    this.schedule(0);
  }

  // --- internals ---
  private schedule(ms: number) {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, ms);
  }

  private async run<T>(work: () => Promise<T>): Promise<T> {
    let done!: () => void;
    this.running = new Promise((resolve) => {
      done = resolve;
    });
    try {
      return await work();
    } finally {
      this.running = null;
      done();
    }
  }

  private setStatus(change: Partial<AutosaveStatus>) {
    this.status = { ...this.status, ...change };
  }

  private persist() {
    writeStoredDrafts(this.options.storageKey, this.drafts);
  }

  private batch(): { sent: Map<string, Draft>; inputs: ValueInput[] } {
    const sent = new Map<string, Draft>();
    const inputs: ValueInput[] = [];
    const { words } = this.options;
    for (const [code, draft] of this.drafts) {
      const state = this.fields.get(code)?.state;
      if (state === "error" || state === "conflict") continue;
      const element = this.elements.get(code);
      if (!element || element.readOnly) continue;
      if (draft.value.kind === "number" && readDecimal(draft.value.text) === undefined) {
        this.fields.set(code, { state: "error", message: words.notNumber(draft.value.text.trim()) });
        continue;
      }
      const built = toValueInput(element, draft, words.badCell);
      if (!built.ok) {
        this.fields.set(code, { state: "error", message: built.message });
        continue;
      }
      sent.set(code, draft);
      inputs.push(built.input);
    }
    return { sent, inputs };
  }

  private async sendOnce(): Promise<"again" | "done"> {
    const { sent, inputs } = this.batch();
    if (inputs.length === 0) {
      if (this.status.state === "pending" || this.status.state === "saving")
        this.setStatus({ state: this.status.savedAt ? "saved" : "idle" });
      this.notify();
      return "done";
    }
    for (const code of sent.keys()) this.fields.set(code, { state: "saving" });
    this.setStatus({ state: "saving", message: null });
    this.notify();
    try {
      const result = await this.options.send(inputs);
      this.saved(sent, result);
      return "again";
    } catch (error) {
      return this.failed(sent, error);
    } finally {
      this.persist();
      this.notify();
    }
  }

  private saved(sent: Map<string, Draft>, result: SavedValues) {
    for (const { element, version } of result.saved) {
      const draft = sent.get(element);
      if (!draft) continue;
      this.typed.set(element, { value: draft.value, version });
      const current = this.drafts.get(element);
      if (current === draft) {
        this.drafts.delete(element);
        this.fields.delete(element);
      } else if (current) {
        // Typed on while this was being saved: the newer text continues from this version.
        this.drafts.set(element, { ...current, baseVersion: version });
        this.fields.set(element, { state: "pending" });
      }
    }
    this.failures = 0;
    this.setStatus({ state: "saved", savedAt: new Date(), message: null });
    this.options.afterSave();
  }

  private failed(sent: Map<string, Draft>, error: unknown): "again" | "done" {
    const back = () => {
      for (const code of sent.keys())
        if (this.fields.get(code)?.state === "saving") this.fields.set(code, { state: "pending" });
    };
    const isFieldRefusal =
      isRefusal(error) &&
      (error.code === "VALIDATION_FAILED" || error.code === "STALE_UPDATE") &&
      error.details.some((d) => sent.has(elementOfField(d.field) ?? ""));
    if (isFieldRefusal) {
      const conflict = error.code === "STALE_UPDATE";
      for (const detail of error.details) {
        const code = elementOfField(detail.field);
        if (code && sent.has(code))
          this.fields.set(code, { state: conflict ? "conflict" : "error", message: detail.message });
      }
      back();
      this.setStatus({ state: this.status.savedAt ? "saved" : "idle", message: null });
      if (conflict) this.options.afterConflict();
      // Nothing was saved: the values that were not refused go again at once.
      return "again";
    }
    back();
    const transient = !isRefusal(error) || error.status === 0 || error.status >= 500;
    const message = error instanceof Error ? error.message : String(error);
    if (transient) {
      this.failures++;
      this.setStatus({ state: "retrying", message });
      this.schedule(Math.min(1000 * 2 ** this.failures, maxRetryMs));
    } else {
      // A refusal that waiting will not change (the submission was sent, the cycle locked…).
      this.setStatus({ state: "failed", message });
    }
    return "done";
  }
}
