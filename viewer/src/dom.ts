// The one way the viewer builds DOM: elements, attributes and text nodes. Data only ever becomes
// text (Text nodes / textContent), never markup, so a name like `<img onerror=…>` stays characters.
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K, attrs: Record<string, string> = {}, ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  for (const child of children) if (child) el.append(child);
  return el;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`actorgraph viewer: missing #${id}`);
  return el as T;
}

export function download(data: Blob, filename: string): void {
  const url = URL.createObjectURL(data);
  const a = h('a', { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
