// Reads a YAML (or JSON) text into plain values, keeping where each path sits in the file, so
// that every problem found later can name its line. Bounded: a text above `maxBytes` is refused.
import { isNode, LineCounter, parseDocument } from "yaml";

export interface LocatedYamlProblem {
  line?: number;
  message: string;
}

export type LocatedYaml =
  | { ok: true; raw: unknown; lineOf: (path: readonly (string | number)[]) => number | undefined }
  | { ok: false; problems: LocatedYamlProblem[] };

export function readLocatedYaml(
  text: string,
  options: { maxBytes: number; maxAliasCount: number },
): LocatedYaml {
  if (text.length > options.maxBytes)
    return {
      ok: false,
      problems: [
        {
          message: `Tệp quá lớn (${Math.round(text.length / 1024)} KB, tối đa ${options.maxBytes / 1024} KB)`,
        },
      ],
    };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0)
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        line: lineCounter.linePos(e.pos[0]).line,
        message: `Lỗi cú pháp YAML: ${e.message.split("\n")[0]}`,
      })),
    };
  const lineOf = (path: readonly (string | number)[]) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  try {
    return { ok: true, raw: doc.toJS({ maxAliasCount: options.maxAliasCount }), lineOf };
  } catch (error) {
    return { ok: false, problems: [{ message: `Không đọc được tệp: ${(error as Error).message}` }] };
  }
}
