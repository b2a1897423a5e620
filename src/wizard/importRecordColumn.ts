/**
 * The hidden record column of "KPI data": where the import keeps, per row it wrote, what it wrote and how
 * to undo it (src/import/writePlanRecord.ts). The wizard makes it beside the note column, hidden, its cells
 * plain text, so the first import needs no extra call to make room for it; a map made before it existed
 * gets it from its next re-run, or from its first import. Pure.
 */
import type { Language } from '../catalog/types.ts';
import { KEY_PREFIX } from './dataColumns.ts';

export const IMPORT_RECORD_KEY = `${KEY_PREFIX}importRecord`;

export const IMPORT_RECORD_TEXTS: Record<Language, { label: string; headerNote: string }> = {
  en: {
    label: 'Import record',
    headerNote:
      'Kept by Social KPI Kit’s import: what each import wrote on this row and how to undo it. Hidden on purpose; leave it as it is.',
  },
  da: {
    label: 'Importlog',
    headerNote:
      'Social KPI Kits import gemmer her, hvad hver import skrev i rækken, og hvordan den fortrydes. Skjult med vilje; lad den være.',
  },
  nl: {
    label: 'Importlogboek',
    headerNote:
      'Bijgehouden door de import van Social KPI Kit: wat elke import op deze rij schreef en hoe die ongedaan wordt gemaakt. Bewust verborgen; laat hem zo.',
  },
};
