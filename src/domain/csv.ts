// CSV for spreadsheet apps, as RFC 4180 writes it, made safe to open in one.

/** Makes Excel and Numbers read the file as UTF-8, so that Chinese text is not garbled. */
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Spreadsheet apps run a cell that starts with one of these as a formula, so a note such as
 * `=HYPERLINK("http://…")` or `@SUM(…)` typed into a receipt could act when the export is opened
 * (CSV injection). A leading apostrophe makes such a cell plain text. The price is that a value
 * like "+1 415 555 0100" shows with the apostrophe; a phone number is not worth a live formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

const NEEDS_QUOTES = /[",\r\n]/;

/** One field: neutralised when it could run as a formula, quoted when it holds , " CR or LF. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The whole file: a byte order mark, then every row ended by CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return BYTE_ORDER_MARK + rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
