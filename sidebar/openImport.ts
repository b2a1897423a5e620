/**
 * Opens the import panel from the wizard's result screen: in Google Sheets the server function showImport
 * replaces the sidebar with dist/import-<language>.html; in the local preview, the page around the sidebar's frame
 * opens its import panel (preview/app/main.ts sets socialKpiPreviewOpenImport).
 */
type PreviewParent = { socialKpiPreviewOpenImport?: () => void };

function scriptRun(): (google.script.RunnerFunctions & google.script.PublicEndpoints) | undefined {
  return typeof google !== 'undefined' ? google.script?.run : undefined;
}

function previewHook(): (() => void) | undefined {
  try {
    return (window.parent as unknown as PreviewParent).socialKpiPreviewOpenImport;
  } catch {
    return undefined;
  }
}

export function canOpenImport(): boolean {
  return scriptRun() !== undefined || previewHook() !== undefined;
}

export function openImport(): void {
  const run = scriptRun();
  if (run) run.showImport();
  else previewHook()?.();
}
