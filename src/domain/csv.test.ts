import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';

/**
 * Reads RFC 4180 text back into rows: written apart from the writer, so a round trip through
 * both checks the writer against the standard rather than against itself.
 */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (quoted) {
      if (char === '"' && text.charAt(index + 1) === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text.charAt(index + 1) === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 1;
    } else {
      field += char;
    }
  }
  if (field !== '' || row.length > 0) throw new Error('The last record has no CRLF');
  return rows;
}

function withoutBom(text: string): string {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return text.slice(1);
}

/** What a spreadsheet shows for a field the writer neutralised. */
function shown(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

describe('toCsv', () => {
  it('starts with a byte order mark and ends every row with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('\uFEFFa,b\r\nc,d\r\n');
  });

  it('writes only the byte order mark for no rows', () => {
    expect(toCsv([])).toBe('\uFEFF');
  });

  it.each([
    ['a comma', 'Mint, Inc.', '"Mint, Inc."'],
    ['quotes, doubled', 'the "best" plan', '"the ""best"" plan"'],
    ['a line feed', 'line one\nline two', '"line one\nline two"'],
    ['a carriage return', 'one\rtwo', '"one\rtwo"'],
    ['Chinese, as it is', '充值 ¥100，备注', '充值 ¥100，备注'],
    ['an empty cell, as nothing', '', ''],
    ['plain text, as it is', 'ABC123', 'ABC123'],
  ])('writes %s', (_case, value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it.each([
    ['=1+2', "'=1+2"],
    ['+1 415 555 0100', "'+1 415 555 0100"],
    ['-5', "'-5"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tindented', "'\tindented"],
    ['\rreturn', '"\'\rreturn"'],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
  ])('makes %j plain text with a leading apostrophe', (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it('leaves a formula character that does not start the cell alone', () => {
    expect(csvField('a=b+c-d@e')).toBe('a=b+c-d@e');
  });

  it('reads back what it wrote, cell for cell', () => {
    const rows = [
      ['line', 'note', 'amount'],
      ['我的美国号码', '第一行\r\n第二行, "引号"', '15.00'],
      ['', '', ''],
      ['=cmd|"/c calc"!A1', '@x', '-1'],
    ];
    expect(parseCsv(withoutBom(toCsv(rows)))).toEqual(rows.map((row) => row.map(shown)));
  });

  it('round-trips any text through an independent reader', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', '中', ',', '"', '\r', '\n', '=', '+', '-', '@', '\t', ' ', "'"),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 5 }),
        (rows) => {
          expect(parseCsv(withoutBom(toCsv(rows)))).toEqual(rows.map((row) => row.map(shown)));
        },
      ),
    );
  });
});
