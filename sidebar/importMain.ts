/** The pushed import panel (dist/import-en.html, import-da.html, import-nl.html): the panel talking to the server through google.script.run. */
import { googleScriptRunImportApi } from './importApi.ts';
import type { Language } from '../src/shared/wizardApi.ts';
import { mountImportPanel } from './steps/importPanel.ts';

/** The page's language, fixed by the build (dist/import.en.html, import.da.html, import.nl.html). */
declare const PAGE_LANGUAGE: Language;

const root = document.getElementById('app');
if (root) mountImportPanel(root, googleScriptRunImportApi(google.script.run), PAGE_LANGUAGE);
