/** Builds elements with their text set through `textContent`: unit names and messages are never parsed as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = '', children: Node[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  for (const child of children) node.appendChild(child);
  return node;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} missing from Sidebar.html`);
  return node as T;
}
