/**
 * The add-on menu. In AuthMode.NONE (an installed add-on before it is used in this document)
 * only the menu may be built: no other service calls here.
 */
export function onOpen(): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Open goal wizard', 'showWizard')
    .addItem('Build report', 'buildReport')
    .addItem('Import analytics export…', 'showImport')
    .addSeparator()
    .addItem('Prepare for sharing…', 'prepareForSharing')
    .addItem('Undo prepare for sharing', 'undoPrepareForSharing')
    .addToUi();
}

/** Google calls onInstall when the add-on is installed from the Marketplace: build the menu at once. */
export function onInstall(): void {
  onOpen();
}
