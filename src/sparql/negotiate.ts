// HTTP content negotiation for SPARQL results: the best of the offered media types for an
// Accept header, with q-values and wildcards; the first offer when there is no Accept.

interface Range {
  type: string;
  q: number;
  order: number;
}

function ranges(accept: string): Range[] {
  return accept
    .split(',')
    .map((part, order) => {
      const [type, ...params] = part.trim().toLowerCase().split(';').map((s) => s.trim());
      const q = params.find((p) => p.startsWith('q='));
      return { type, q: q ? Number(q.slice(2)) : 1, order };
    })
    .filter((r) => r.type && !Number.isNaN(r.q));
}

const specificity = (range: string) => (range === '*/*' ? 0 : range.endsWith('/*') ? 1 : 2);

function matches(range: string, type: string): boolean {
  return range === '*/*' || range === type || (range.endsWith('/*') && type.startsWith(range.slice(0, -1)));
}

/** The offer the client prefers, or undefined when it accepts none of them (406). */
export function negotiate(accept: string | undefined, offers: readonly string[]): string | undefined {
  if (!accept?.trim()) return offers[0];
  const rs = ranges(accept);
  let best: { offer: string; q: number; spec: number; order: number } | undefined;
  offers.forEach((offer, order) => {
    // The most specific range that matches decides the offer's quality.
    const range = rs.filter((r) => matches(r.type, offer)).sort((a, b) => specificity(b.type) - specificity(a.type))[0];
    if (!range || range.q <= 0) return;
    const rank = { offer, q: range.q, spec: specificity(range.type), order };
    if (!best || rank.q > best.q || (rank.q === best.q && rank.spec > best.spec)) best = rank;
  });
  return best?.offer;
}
