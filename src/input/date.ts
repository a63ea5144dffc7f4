// The article's date, when a line near its top states one (`27 Jun 2020`,
// `June 29, 2020 at 3:52 p.m. PDT`, `2020-07-05`), as an ISO date.
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

const ISO = /^(?:\w+\s*:?\s*)?(\d{4})-(\d{2})-(\d{2})(?:\b|T)/;
const DMY = new RegExp(`^(?:[A-Za-z]+,?\\s+)?(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');
const MDY = new RegExp(`^(?:[A-Za-z]+,?\\s+)?${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i');

const pad = (n: number) => String(n).padStart(2, '0');

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1800 || y > 2200) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const monthOf = (s: string) => MONTHS.indexOf(s.slice(0, 3).toLowerCase()) + 1;

/** A date stated by a short line (a dateline, not a sentence of the story). */
export function findDate(lines: string[]): string | null {
  for (const raw of lines) {
    const line = raw.trim();
    if (line.length > 60) continue;
    let m = ISO.exec(line);
    if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
    m = DMY.exec(line);
    if (m) return iso(Number(m[3]), monthOf(m[2] ?? ''), Number(m[1]));
    m = MDY.exec(line);
    if (m) return iso(Number(m[3]), monthOf(m[1] ?? ''), Number(m[2]));
  }
  return null;
}
