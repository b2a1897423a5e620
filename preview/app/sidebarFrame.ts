import { mountSidebar } from '../../sidebar/app.ts';
import { localServerApi } from '../../sidebar/serverApi.ts';
import sidebarStyles from '../../sidebar/styles.css';
import type { ServerApi } from '../../src/shared/wizardApi.ts';

/**
 * The wizard sidebar inside the preview's 300 px frame, as Google Sheets shows an add-on sidebar:
 * the real sidebar UI, its calls answered by the page around it, which runs the real server code
 * against the workbook shown in the grid. Calls pass through JSON as they do over google.script.run.
 */
const style = document.createElement('style');
style.textContent = sidebarStyles;
document.head.append(style);

const server = (window.parent as unknown as { socialKpiPreviewServer?: ServerApi }).socialKpiPreviewServer;
const root = document.getElementById('app') as HTMLElement;
if (server === undefined) {
  root.textContent = 'Open the wizard from the preview page (Extensions → Social KPI Kit → Open goal wizard).';
} else {
  const mounted = mountSidebar(root, localServerApi(server));
  void mounted.ready.then(() => document.body.setAttribute('data-ready', 'true'));
}
