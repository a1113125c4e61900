/** Builds the sidebar page (HTML with its CSS and JavaScript inlined) for dist/. Implemented by the sidebar work. */
export async function buildSidebarHtml(): Promise<string> {
  return '<!DOCTYPE html><html><body></body></html>';
}
