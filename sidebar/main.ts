/** The pushed sidebar (dist/sidebar.html): the wizard talking to the server through google.script.run. */
import { mountSidebar } from './app.ts';
import { serverApi } from './serverApi.ts';

const root = document.getElementById('app');
if (root) {
  mountSidebar(root, serverApi());
}
