/**
 * Groups of given names that are one name: nicknames ("Bibi" = "Benjamin", data/nicknames.txt) and
 * transliteration spellings ("Usama" = "Osama", data/name-equivalents.txt). `nicknameGroups` and
 * `spellingGroups` return the group ids of a folded word (a word can be in several groups).
 */
import { readDataLines } from './data-file.js';

function load(file: string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const line of readDataLines(file)) {
    const words = line.split(/\s+/);
    const id = words[0]!;
    for (const w of words) {
      const list = groups.get(w) ?? [];
      if (!list.includes(id)) list.push(id);
      groups.set(w, list);
    }
  }
  return groups;
}

const NICKNAMES = load('nicknames.txt');
const SPELLINGS = load('name-equivalents.txt');
const NONE: readonly string[] = [];

export function nicknameGroups(word: string): readonly string[] {
  return NICKNAMES.get(word) ?? NONE;
}

export function spellingGroups(word: string): readonly string[] {
  return SPELLINGS.get(word) ?? NONE;
}
