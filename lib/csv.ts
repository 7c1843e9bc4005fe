// CSV for exports (RFC 4180), safe to open in a spreadsheet.

/**
 * Quotes every cell, doubling quotes inside, and defuses spreadsheet formulas: a cell that starts with = + - @
 * (or a tab or carriage return) is prefixed with an apostrophe, so a review cannot run code in Excel.
 */
function cell(value: string | number | null | undefined) {
  const text = value === null || value === undefined ? "" : String(value);
  const defused = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${defused.replace(/"/g, '""')}"`;
}

export function toCsv(header: string[], rows: (string | number | null | undefined)[][]) {
  return [header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}
