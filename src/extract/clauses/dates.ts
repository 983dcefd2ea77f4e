// Dates stated in a sentence, normalized to YYYY, YYYY-MM or YYYY-MM-DD. When the article's own
// date is known, a day and month with no year ("February 23") take its year, and relative dates
// ("last year", "next month", "next week") are resolved against it.
import type { Span } from '../../model.ts';

export interface DateMention extends Span {
  value: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const YEAR = '((?:19|20)\\d\\d)';
const DATE_RE = new RegExp(
  [
    `${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}`, // February 23, 2022
    `(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+${YEAR}`, // 23 February 2022
    `${MONTH},?\\s+${YEAR}`, // June 2017
    `${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, // February 23
    `\\b${YEAR}\\b(?![-–/]\\d|\\s*(?:people|troops|soldiers|km|%|percent|dollars|euros))`, // 1999
    `\\b(last|next|this)\\s+(year|month|week)\\b`, // relative to the article's date
  ].join('|'),
  'g',
);

const pad = (n: number) => String(n).padStart(2, '0');
const month = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** "last year" against an article dated 2022-02(-23): 2021; "next month": 2022-03; "next week": 2022-03-02. */
export function relativeDate(which: string, unit: string, articleDate: string): string | undefined {
  const step = which === 'last' ? -1 : which === 'next' ? 1 : 0;
  const [y, m, d] = articleDate.split('-').map(Number);
  if (unit === 'year') return String(y + step);
  if (!m) return undefined;
  if (unit === 'month') {
    const at = new Date(Date.UTC(y, m - 1 + step, 1));
    return `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}`;
  }
  if (!d) return step === 0 ? `${y}-${pad(m)}` : undefined;
  const at = new Date(Date.UTC(y, m - 1, d + 7 * step));
  return at.toISOString().slice(0, 10);
}

export function findDates(text: string, offset = 0, articleDate?: string): DateMention[] {
  const articleYear = articleDate?.slice(0, 4);
  const out: DateMention[] = [];
  DATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE_RE.exec(text))) {
    let value: string | undefined;
    if (m[1]) value = `${m[3]}-${pad(month(m[1]))}-${pad(+m[2])}`;
    else if (m[4]) value = `${m[6]}-${pad(month(m[5]))}-${pad(+m[4])}`;
    else if (m[7]) value = `${m[8]}-${pad(month(m[7]))}`;
    else if (m[9]) value = articleYear ? `${articleYear}-${pad(month(m[9]))}-${pad(+m[10])}` : undefined;
    else if (m[11]) value = m[11];
    else if (m[12] && articleDate) value = relativeDate(m[12], m[13], articleDate);
    if (value && +value.slice(5, 7) <= 12 && (value.length < 10 || +value.slice(8) <= 31)) {
      out.push({ start: offset + m.index, end: offset + m.index + m[0].length, value });
    }
  }
  return out;
}

/** The date closest to a position (a verb, a name), if any. */
export function nearestDate(dates: DateMention[], at: number): string | undefined {
  let best: DateMention | undefined;
  for (const d of dates) if (!best || Math.abs(d.start - at) < Math.abs(best.start - at)) best = d;
  return best?.value;
}
