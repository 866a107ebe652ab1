// Text written into a spreadsheet must never run as a formula when a person opens the file:
// a leading =, +, - or @ (or a tab/carriage return before them) is neutralised with an apostrophe.
const formulaStart = /^[=+\-@\t\r]/;

export function safeCellText(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}
