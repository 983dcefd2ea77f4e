// An HTML page → its readable text, for news articles saved from a browser. Not a full HTML
// parser: scripts, styles and comments are dropped, block elements become line breaks,
// entities are decoded. Offsets of the extraction then refer to this text.

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i;

/** Whether a text is an HTML page (judged from its start, not from stray tags in prose). */
export function isHtml(text: string): boolean {
  return HTML_START.test(text.slice(0, 4096));
}

const DROP = /<(script|style|noscript|template|svg|iframe|object)\b/gi;
const BLOCK = /<\/?(?:p|div|br|hr|h[1-6]|li|ul|ol|tr|td|th|table|section|article|header|footer|aside|nav|main|blockquote|pre|figure|figcaption|title|dd|dt|dl)\b[^<>]*>/gi;

/**
 * Removes the elements whose content is not text (scripts, styles, ...). A scan rather than one
 * regular expression, so that a page full of unclosed <script> tags still takes linear time:
 * an unclosed one drops the rest of the page.
 */
function dropElements(html: string): string {
  const parts: string[] = [];
  let from = 0;
  const lower = html.toLowerCase();
  DROP.lastIndex = 0;
  for (let m = DROP.exec(html); m; m = DROP.exec(html)) {
    parts.push(html.slice(from, m.index), ' ');
    const close = lower.indexOf(`</${m[1].toLowerCase()}`, DROP.lastIndex);
    if (close < 0) return parts.join('');
    const gt = html.indexOf('>', close);
    from = gt < 0 ? html.length : gt + 1;
    DROP.lastIndex = from;
  }
  parts.push(html.slice(from));
  return parts.join('');
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', laquo: '«', raquo: '»',
  eacute: 'é', egrave: 'è', aacute: 'á', oacute: 'ó', uuml: 'ü', ouml: 'ö', auml: 'ä', ccedil: 'ç',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      const ok = cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff);
      return ok ? String.fromCodePoint(cp) : '\uFFFD';
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

export function htmlToText(html: string): string {
  const text = dropElements(html.replace(/<!--[\s\S]*?(?:-->|$)/g, ' '))
    .replace(/<!doctype[^<>]*>/gi, ' ')
    .replace(BLOCK, '\n')
    .replace(/<[^<>]*>/g, ' ');
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
