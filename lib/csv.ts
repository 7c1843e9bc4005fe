// CSV for exports (RFC 4180), safe to open in a spreadsheet, and read back by imports exactly as it was written.

// A cell a spreadsheet would run as a formula, after any apostrophes: those are defused too, so that reading one
// apostrophe back off (csvCellText) gives every text exactly, even one that itself starts with "'=".
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * Quotes every cell, doubling quotes inside, and defuses spreadsheet formulas: a cell that starts with = + - @
 * (or a tab or carriage return) is prefixed with an apostrophe, so a review cannot run code in Excel.
 */
function cell(value: string | number | null | undefined) {
  const text = value === null || value === undefined ? "" : String(value);
  const defused = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${defused.replace(/"/g, '""')}"`;
}

export function toCsv(header: string[], rows: (string | number | null | undefined)[][]) {
  return [header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

/** A cell's text as it was before toCsv defused it: the apostrophe it put before a formula taken off again. */
export function csvCellText(cellText: string) {
  return cellText.startsWith("'") && FORMULA_START.test(cellText) ? cellText.slice(1) : cellText;
}
