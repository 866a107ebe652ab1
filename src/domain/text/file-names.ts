// File names that are safe on every system people open our files on (Windows above all), while
// keeping Vietnamese diacritics: a client's name is only ever a label, never a path.

const forbiddenCharacters = /[<>:"/\\|?*]/g;
// C0 and C1 control characters, and the Unicode direction overrides that can disguise an extension.
const controlCharacters = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;
const reservedNames = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

export const defaultMaxFileNameLength = 120;

/** The last part of a path written with either separator (`../../x.pdf`, `C:\x\y.pdf`). */
export function baseName(name: string): string {
  const parts = name.split(/[/\\]/);
  return parts.at(-1) ?? "";
}

/** The extension in lower case without the dot (`"pdf"`), or `""` when there is none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot <= 0 || dot === name.length - 1 ? "" : name.slice(dot + 1).toLowerCase();
}

/**
 * A name Windows accepts as one path component: the base name only, forbidden and control
 * characters removed, no trailing dots or spaces, no reserved device name, at most `maxLength`
 * characters with the extension kept. Never empty (`fallback` when nothing is left).
 */
export function safeFileName(name: string, maxLength = defaultMaxFileNameLength, fallback = "tệp"): string {
  const cleaned = baseName(name.normalize("NFC"))
    .replace(/\s+/g, " ") // tabs and line breaks become spaces before other controls go
    .replace(controlCharacters, "")
    .replace(forbiddenCharacters, "")
    .replace(/^[\s.]+|[\s.]+$/g, "");
  if (!cleaned) return fallback;

  const dot = cleaned.lastIndexOf(".");
  let stem = dot > 0 ? cleaned.slice(0, dot) : cleaned;
  const extension = dot > 0 ? cleaned.slice(dot) : "";
  // Windows refuses "CON", and also "CON.txt" or "con .pdf": the part before the first dot counts.
  if (reservedNames.test(stem.split(".")[0]!.trimEnd())) stem = `_${stem}`;

  const limit = Math.max(1, maxLength - Array.from(extension).length);
  const chars = Array.from(stem); // by code point, so a character is never cut in half
  if (chars.length > limit)
    stem = chars
      .slice(0, limit)
      .join("")
      .replace(/[\s.]+$/, "");
  const result = `${stem || fallback}${extension}`;
  return Array.from(result).length > maxLength ? Array.from(result).slice(0, maxLength).join("") : result;
}

/**
 * A name we compose ourselves from labels (an indicator's name, an agency's): a slash in them
 * ("50 m³/ngày đêm") is part of the label, not a folder, so it becomes a dash instead of cutting
 * the name at it as `safeFileName` does with a client's path.
 */
export function safeNameComponent(label: string, maxLength = defaultMaxFileNameLength): string {
  // A label has no extension: "10.000 dân" keeps its dot as part of the words.
  let name = label
    .normalize("NFC")
    .replace(/\s*[/\\]\s*/g, " - ")
    .replace(/\s+/g, " ")
    .replace(controlCharacters, "")
    .replace(forbiddenCharacters, "")
    .replace(/^[\s.]+|[\s.]+$/g, "");
  if (!name) return "tệp";
  if (reservedNames.test(name.split(".")[0]!.trimEnd())) name = `_${name}`;
  const chars = Array.from(name); // by code point, so a character is never cut in half
  if (chars.length <= maxLength) return name;
  // Cut at the last whole word that fits, so the start (an indicator's code) stays and no word
  // is left broken.
  const cut = chars.slice(0, maxLength).join("");
  const space = cut.lastIndexOf(" ");
  return (space > maxLength / 2 ? cut.slice(0, space) : cut).replace(/[\s.,;:–-]+$/, "");
}

/** `Bien ban so 1.pdf` for `Biên bản số 1.pdf`: for the plain `filename=` of old clients. */
export function asciiFileName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\]/g, "_");
}

/** A Content-Disposition header that gives browsers the Vietnamese name (RFC 6266 / RFC 5987). */
export function attachmentDisposition(name: string): string {
  const encoded = encodeURIComponent(name).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${asciiFileName(name)}"; filename*=UTF-8''${encoded}`;
}

/** A moment as it sorts in a file or folder name: 2026-12-06 09:45:00 UTC → "20261206094500". */
export function fileTimestamp(at: Date = new Date()): string {
  return at.toISOString().slice(0, 19).replace(/[-:T]/g, "");
}
