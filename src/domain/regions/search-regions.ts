/**
 * Region search for the region picker: case- and diacritic-insensitive matching on names,
 * Kemendagri codes and province names, ranked so the likeliest region comes first.
 */
import type { RegionCatalog } from './parse-catalog';
import type { Region, RegionType } from './types';

interface SearchEntry {
  readonly region: Region;
  /** Normalised name without the "kabupaten"/"kota" (and "administrasi") prefix. */
  readonly base: string;
  readonly compactBase: string;
  /** Words of the full normalised name, prefix included. */
  readonly nameWords: readonly string[];
  readonly provinceWords: readonly string[];
  readonly codeDigits: string;
}

/** Ranks, best first. Code-prefix matches share the "starts with" rank. */
const RANK = { exactCode: 0, startsWith: 1, word: 2, province: 3 } as const;
type Rank = (typeof RANK)[keyof typeof RANK];

const TYPE_WORDS: Readonly<Record<string, RegionType>> = { kab: 'kabupaten', kabupaten: 'kabupaten', kota: 'kota' };
const TYPE_PREFIX = /^(kabupaten|kota) (administrasi )?/;
const CODE_QUERY = /^[\d.\s]+$/;

const indexCache = new WeakMap<RegionCatalog, readonly SearchEntry[]>();

/** Lower case, diacritics removed, every run of non-alphanumerics collapsed to one space. */
function normalize(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function words(value: string): string[] {
  return value === '' ? [] : value.split(' ');
}

function searchIndex(catalog: RegionCatalog): readonly SearchEntry[] {
  let index = indexCache.get(catalog);
  if (!index) {
    index = catalog.regions.map((region) => {
      const name = normalize(region.name);
      const base = name.replace(TYPE_PREFIX, '');
      const province = catalog.provinceByCode.get(region.provinceCode);
      return {
        region,
        base,
        compactBase: base.replaceAll(' ', ''),
        nameWords: words(name),
        provinceWords: words(normalize(province?.name ?? '')),
        codeDigits: region.code.replace('.', ''),
      };
    });
    indexCache.set(catalog, index);
  }
  return index;
}

const prefixesAny = (token: string, list: readonly string[]): boolean => list.some((w) => w.startsWith(token));

/** Best rank of `entry` for name/province tokens, or undefined when it does not match. */
function rankByText(entry: SearchEntry, tokens: readonly string[]): Rank | undefined {
  if (tokens.length === 0) return undefined;
  const phrase = tokens.join(' ');
  if (entry.base.startsWith(phrase) || entry.compactBase.startsWith(tokens.join(''))) return RANK.startsWith;
  if (tokens.every((t) => prefixesAny(t, entry.nameWords))) return RANK.word;
  if (tokens.every((t) => prefixesAny(t, entry.nameWords) || prefixesAny(t, entry.provinceWords))) {
    return RANK.province;
  }
  return undefined;
}

interface Hit {
  readonly entry: SearchEntry;
  readonly rank: Rank;
  /** The query named a type ("kota …") and this region has the other type. */
  readonly isOtherType: boolean;
}

function codeHits(index: readonly SearchEntry[], query: string): Hit[] {
  const digits = query.replace(/\D/g, '');
  if (digits === '' || digits.length > 4) return [];
  return index
    .filter((e) => e.codeDigits.startsWith(digits))
    .map((entry) => ({ entry, rank: entry.codeDigits === digits ? RANK.exactCode : RANK.startsWith, isOtherType: false }));
}

function textHits(index: readonly SearchEntry[], query: string): Hit[] {
  const tokens = words(normalize(query));
  const first = tokens[0];
  const typeHint = first !== undefined && tokens.length > 1 ? TYPE_WORDS[first] : undefined;
  const rest = typeHint ? tokens.slice(1) : tokens;
  const hits: Hit[] = [];
  for (const entry of index) {
    const hinted = typeHint ? rankByText(entry, rest) : undefined;
    const plain = rankByText(entry, tokens);
    const ranks = [hinted, plain].filter((r): r is Rank => r !== undefined);
    if (ranks.length === 0) continue;
    const isOtherType = typeHint !== undefined && entry.region.type !== typeHint;
    hits.push({ entry, rank: ranks.reduce((best, r) => (r < best ? r : best)), isOtherType });
  }
  return hits;
}

function compareHits(a: Hit, b: Hit): number {
  return (
    a.rank - b.rank ||
    Number(a.isOtherType) - Number(b.isOtherType) ||
    compareText(a.entry.base, b.entry.base) ||
    compareText(a.entry.region.name, b.entry.region.name) ||
    compareText(a.entry.region.code, b.entry.region.code)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Finds kabupaten/kota for a free-text query, case- and diacritic-insensitive. A query of digits
 * (and dots) matches code prefixes: "32.74" or "3274" → Kota Cirebon, "32" → all of Jawa Barat.
 * Otherwise every word must prefix a word of the region name or its province name; a leading
 * "kab"/"kabupaten"/"kota" ranks regions of that type first ("kota cirebon" → Kota Cirebon, then
 * Kabupaten Cirebon).
 *
 * Ranking: exact code; name starts with the query (ignoring the "Kabupaten "/"Kota " prefix) or
 * code prefix; all words match name words; words match with the province name. Within a rank,
 * regions of the requested type come first, then alphabetical by name without prefix.
 * @returns at most `limit` regions (an empty list for a blank query or `limit` ≤ 0).
 */
export function searchRegions(catalog: RegionCatalog, query: string, limit = 20): Region[] {
  const trimmed = query.trim();
  if (trimmed === '' || limit <= 0) return [];
  const index = searchIndex(catalog);
  const hits = CODE_QUERY.test(trimmed) ? codeHits(index, trimmed) : textHits(index, trimmed);
  return hits
    .sort(compareHits)
    .slice(0, limit)
    .map((h) => h.entry.region);
}
