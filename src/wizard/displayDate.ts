/**
 * A 'YYYY-MM-DD' date as people of each language write it: numeric for compact places
 * (da 31.01.2020, nl 31-01-2020, en 31 Jan 2020) and with the month's name in sentences
 * (da 31. jan. 2020, nl 31 jan. 2020, en 31 Jan 2020). Own tables rather than Intl, so the
 * server (Apps Script) and the sidebar write the same text whatever the runtime's locale data.
 */
import type { Language } from '../catalog/types.ts';

const MONTHS: Record<Language, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  da: ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
  nl: ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
};

/** The date in the user's own way of writing it; text that is not a 'YYYY-MM-DD' date comes back as typed. */
export function displayDate(iso: string, language: Language, style: 'numeric' | 'words' = 'words'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso).trim());
  if (!match) return String(iso).trim();
  const [, year, month, day] = match;
  const monthName = MONTHS[language][Number(month) - 1];
  if (monthName === undefined) return String(iso).trim();
  if (style === 'numeric' && language === 'da') return `${day}.${month}.${year}`;
  if (style === 'numeric' && language === 'nl') return `${day}-${month}-${year}`;
  const dayNumber = String(Number(day));
  return language === 'da' ? `${dayNumber}. ${monthName} ${year}` : `${dayNumber} ${monthName} ${year}`;
}
