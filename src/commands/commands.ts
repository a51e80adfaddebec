// Ribbon commands. The "Kiểm tra" command is registered once the pane's actions exist.
void Office.onReady(() => {
  // Nothing to register before the workbook actions are in place.
});
