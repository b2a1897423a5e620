import { localImportApi } from '../../sidebar/importApi.ts';
import { mountImportPanel } from '../../sidebar/steps/importPanel.ts';
import importStyles from '../../sidebar/importStyles.css';
import sidebarStyles from '../../sidebar/styles.css';
import type { ImportApi } from '../../src/shared/importApi.ts';

/**
 * The import panel inside the preview's 300 px frame, as Google Sheets shows dist/import-<language>.html (all three languages here): the real panel,
 * its calls answered by the page around it (the real server code on the workbook in the grid), through JSON.
 */
const style = document.createElement('style');
style.textContent = `${sidebarStyles}\n${importStyles}`;
document.head.append(style);

interface PreviewParent {
  socialKpiPreviewImportServer?: ImportApi;
}

const parent = window.parent as unknown as PreviewParent;
const root = document.getElementById('app') as HTMLElement;
if (parent.socialKpiPreviewImportServer === undefined) {
  root.textContent = 'Open the import from the preview page (Extensions → Social KPI Kit → Import analytics export…).';
} else {
  const mounted = mountImportPanel(root, localImportApi(parent.socialKpiPreviewImportServer));
  void mounted.ready.then(() => document.body.setAttribute('data-ready', 'true'));
}
