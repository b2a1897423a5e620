/**
 * The local build (build/local-sidebar/sidebar-local.js, global SocialKpiSidebar): the same wizard for the
 * browser tests and the local preview, where google.script.run is absent. Its server is the shim in
 * localServer.ts: the real server code against an in-memory workbook.
 */
import { mountSidebar as mountPanel, type MountedSidebar } from './app.ts';
import { createLocalServer, type LocalServer, type LocalServerOptions } from './localServer.ts';
import { Workbook } from '../src/inMemory/workbook.ts';
import { localServerApi, registerLocalServer, serverApi, type AsyncServerApi } from './serverApi.ts';
import styles from './styles.css';

export { createLocalServer, localServerApi, Workbook };
export type { AsyncServerApi, LocalServer, LocalServerOptions, MountedSidebar };

let defaultServer: LocalServer | null = null;

/**
 * The page's in-memory server, created on first use (with `options`, if given then); tests and
 * the preview read its workbook.
 */
export function localServer(options?: LocalServerOptions): LocalServer {
  if (!defaultServer) {
    defaultServer = createLocalServer(options);
    registerLocalServer(defaultServer.api);
  }
  return defaultServer;
}

/** The stylesheet, added once to the page that mounts the wizard (the pushed page inlines it instead). */
function addStyles(): void {
  if (document.getElementById('skk-styles')) return;
  const style = document.createElement('style');
  style.id = 'skk-styles';
  style.textContent = styles;
  document.head.append(style);
}

/**
 * Mounts the wizard into `element` (give it 300 px of width). Without `api` it talks to
 * google.script.run when present, else to this page's in-memory server.
 */
export function mountSidebar(element: HTMLElement, api?: AsyncServerApi): MountedSidebar {
  addStyles();
  if (!api) localServer();
  return mountPanel(element, api ?? serverApi());
}
