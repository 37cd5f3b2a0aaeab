/**
 * OFAC program codes. The legacy CSV writes several programs in one cell as "SDGT] [IFSR" (the
 * outer brackets of "[SDGT] [IFSR]" stripped); the XML formats give one program per element.
 */
export function splitPrograms(cell: string | undefined): string[] {
  if (!cell) return [];
  const out: string[] = [];
  for (const part of cell.split(/\]\s*\[/)) {
    const p = part.replace(/^[\s[]+|[\s\]]+$/g, '');
    if (p && !out.includes(p)) out.push(p);
  }
  return out;
}
