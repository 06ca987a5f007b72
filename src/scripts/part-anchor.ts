/**
 * A long text in parts (src/lib/site/parts.ts): an address with an anchor that another part holds
 * (`/documents/pt-215/#p-250`, the permanent address a citation gives) is sent on to that part
 * (`/documents/pt-215/3/#p-250`), replacing the address in the history, as soon as the page is read
 * and whenever the anchor changes. The page lists which part holds which anchor in a data block
 * (`<script type="application/json" id="part-anchors">`, `AnchorMap`), which the
 * Content-Security-Policy does not govern: nothing runs inline. Without JavaScript the page's list of
 * parts and its table of contents lead to the part.
 */
interface AnchorMap {
  parts: string[];
  blocks: [number, number][];
  anchors: string[][];
}

const block = document.getElementById('part-anchors');
if (block) {
  const map = JSON.parse(block.textContent ?? '{}') as AnchorMap;
  const follow = (): void => {
    let anchor: string;
    try {
      anchor = decodeURIComponent(location.hash.slice(1));
    } catch {
      return;
    }
    if (!anchor || document.getElementById(anchor)) return;
    const n = /^p-(\d+)$/.exec(anchor)?.[1];
    const k = n
      ? map.blocks.findIndex(([first, last]) => first <= Number(n) && Number(n) <= last)
      : map.anchors.findIndex((list) => list.includes(anchor));
    const part = map.parts[k];
    if (part) location.replace(`${part}${location.hash}`);
  };
  follow();
  window.addEventListener('hashchange', follow);
}
