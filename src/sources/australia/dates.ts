/**
 * DFAT's Date of Birth cells: an Excel date serial ("24108"), a year, "Approximately 1958",
 * "circa 1960", "Between 1963 and 1965", "12 Dec. 1965", "12/12/1965", and lists of alternatives
 * ("a) 01/01/1960; b) 1961", "… alt DOB: …", "… >> …"). "na" means none.
 */
import { parseDate, type PartialDate } from '../../model/date.js';
import { excelSerialToIso } from '../common/xlsx.js';

export function parseDfatDates(text: string): { dates: PartialDate[]; unparsed: string[] } {
  const dates: PartialDate[] = [];
  const unparsed: string[] = [];
  const pieces = text
    .replace(/\((?:as|from|this aka)[^)]*\)?/gi, ' ') // "(as Ali Thafir Abdallah)": whose name the date goes with
    .split(/\b[a-j]\)\s*|;|>>|\balt\.? DOB:?|\n|,?\s+or\s+|\s{3,}|,\s*(?=\d{1,2}\/)/i)
    .map((p) => p.trim().replace(/[.,]$/, ''))
    .filter((p) => p && !/^(na|n\/a|unknown)$/i.test(p));
  for (const piece of pieces) {
    const date = parseDfatDate(piece);
    if (date) {
      if (!dates.some((d) => d.value === date.value && d.to === date.to)) dates.push(date);
    } else unparsed.push(piece);
  }
  return { dates, unparsed };
}

function parseDfatDate(piece: string): PartialDate | undefined {
  if (/hijri/i.test(piece)) return undefined; // not a Gregorian date: reported, not guessed
  piece = piece
    .replace(/^\((.*)\)$/, '$1')
    .replace(/^(\d{1,2})\.\s*(?=[A-Za-z])/, '$1 ') // "21. Jul 1997"
    .replace(/([A-Za-z])\.(\d{4})$/, '$1. $2') // "24 Jan.1973"
    .replace(/^(\d{1,2})-([A-Za-z]{3})[a-z]*-(\d{4})$/, '$1 $2 $3') // "19-Dec-1992"
    .replace(/(\d{1,2})\/\s+(\d{4})$/, '$1/$2'); // "09/11/ 1954"
  const serial = excelSerialToIso(piece);
  if (serial && /^\d{5}$/.test(piece)) return { value: serial };
  let s = piece.replace(/^(?:approximately|approx\.?|circa|about)\s*/i, (m) => (m ? 'circa ' : ''));
  const between = /^(circa )?between\s+(.+?)\s+(?:and|to)\s+(.+)$/i.exec(s);
  if (between) s = `${between[1] ?? ''}${between[2]} to ${between[3]}`;
  // "1955- 1958", "1955-1958", "1977/1978" → a range
  s = s.replace(/^((?:circa )?\d{4})\s*[-–/]\s*(\d{4})$/, '$1 to $2');
  return parseDate(s);
}
