/** The pushed import panel (dist/import.html): the panel talking to the server through google.script.run. */
import { googleScriptRunImportApi } from './importApi.ts';
import { readExport } from './importReader.ts';
import { mountImportPanel } from './steps/importPanel.ts';

const root = document.getElementById('app');
if (root) mountImportPanel(root, googleScriptRunImportApi(google.script.run), readExport);
