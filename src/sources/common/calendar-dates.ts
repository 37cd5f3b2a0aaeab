/**
 * Dates as list files write them, turned into ISO dates ("2025-03-28"): for listing dates in
 * mappers and for the publication date a file states about itself (`SourceMetadata.publishedAt`).
 * Each function reads one written order; a text in another order gives undefined, never a guess.
 */

/** "29/06/2012" or "29-06-2012" (day first, as UK lists write) → "2012-06-29". */
export function dayMonthYear(text: string | undefined): string | undefined {
  const m = /^(\d{2})[-/](\d{2})[-/](\d{4})$/.exec(text?.trim() ?? '');
  return m ? `${m[3]}-${m[2]}-${m[1]}` : undefined;
}

/** "03/28/2025" (month first, as OFAC's Publish_Date) → "2025-03-28". */
export function monthDayYear(text: string | undefined): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text?.trim() ?? '');
  return m ? `${m[3]}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}` : undefined;
}

/** The calendar date of an ISO date or date-time as written: "2026-02-27T00:00:09.554Z" → "2026-02-27". */
export function isoCalendarDate(text: string | undefined): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(text?.trim() ?? '');
  return m ? m[1] : undefined;
}
