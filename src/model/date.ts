/**
 * Partial dates. Lists give birth dates as a year ("DOB 1958"), a month ("DOB May 1986"), a full
 * date, "circa 1960", a range ("DOB 1960 to 1962") or several alternatives ("alt. DOB"). A
 * PartialDate keeps exactly the precision the source gave; alternatives are separate entries.
 */

export interface PartialDate {
  /** ISO 8601 prefix: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. For a range, its start. */
  value: string;
  /** End of a range (same format), inclusive: "1960 to 1962" → value 1960, to 1962. */
  to?: string;
  /** The source says "circa" / "approximately". */
  circa?: boolean;
}

export type DatePrecision = 'year' | 'month' | 'day';

const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function precisionOf(value: string): DatePrecision {
  return value.length >= 10 ? 'day' : value.length >= 7 ? 'month' : 'year';
}

/** Is `value` a valid ISO partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) with real month/day? */
export function isIsoPartial(value: string): boolean {
  const m = ISO_PARTIAL.exec(value);
  if (!m) return false;
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return false;
    if (m[3] !== undefined) {
      const day = Number(m[3]);
      const days = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
      if (day < 1 || day > days) return false;
    }
  }
  return true;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Parse one date as users and lists write it: ISO (`1989-02-08`, `1989-02`, `1989`), `08 Feb 1989`,
 * `Feb 1989`, `08/02/1989` (day first, as in most lists outside the US), `1989/02/08`.
 * Returns undefined when the text is not a date, so callers can report it as unparsed.
 */
export function parseDate(text: string): PartialDate | undefined {
  let s = text.trim();
  let circa = false;
  const circaMatch = /^(?:circa|ca\.?|approx(?:imately)?\.?|about|c\.)\s*/i.exec(s);
  if (circaMatch) {
    circa = true;
    s = s.slice(circaMatch[0].length);
  }
  // "1979-1982": a range of years written without spaces (OFAC "DOB circa 1979-1982")
  const years = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(s);
  if (years) return { value: years[1]!, to: years[2]!, ...(circa ? { circa } : {}) };
  const range = /^(.+?)\s+(?:to|-|–)\s+(.+)$/i.exec(s);
  if (range) {
    const from = parseDate(range[1]!);
    const to = parseDate(range[2]!);
    if (from && to) return { value: from.value, to: to.value, ...(circa ? { circa } : {}) };
    return undefined;
  }
  const value = parseSingle(s);
  if (!value) return undefined;
  return circa ? { value, circa } : { value };
}

function parseSingle(s: string): string | undefined {
  if (isIsoPartial(s)) return s;
  let m = /^(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})$/.exec(s);
  if (m) return build(m[3]!, MONTHS[m[2]!.toLowerCase()], Number(m[1]));
  m = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(s);
  if (m) return build(m[3]!, MONTHS[m[1]!.toLowerCase()], Number(m[2]));
  m = /^([A-Za-z]+)\.?\s+(\d{4})$/.exec(s);
  if (m) return build(m[2]!, MONTHS[m[1]!.toLowerCase()]);
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(s);
  if (m) return build(m[3]!, Number(m[2]), Number(m[1]));
  m = /^(\d{4})[./](\d{1,2})[./](\d{1,2})$/.exec(s);
  if (m) return build(m[1]!, Number(m[2]), Number(m[3]));
  m = /^(\d{4})[./-](\d{1,2})$/.exec(s);
  if (m) return build(m[1]!, Number(m[2]));
  return undefined;
}

function build(year: string, month?: number, day?: number): string | undefined {
  if (month === undefined || Number.isNaN(month)) return undefined;
  const value = day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  return isIsoPartial(value) ? value : undefined;
}

/** The date as a list would print it: `1989-02-08`, `circa 1960`, `1960 to 1962`. */
export function formatDate(date: PartialDate): string {
  const core = date.to ? `${date.value} to ${date.to}` : date.value;
  return date.circa ? `circa ${core}` : core;
}
