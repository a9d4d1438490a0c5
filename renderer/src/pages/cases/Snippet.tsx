import type { SnippetSegment } from '../../../../electron/contract/schemas/case-list';

/** A search snippet with the matched pieces in <mark>. */
export function Snippet({ segments }: { segments: SnippetSegment[] }) {
  return (
    <span>
      {segments.map((s, i) =>
        s.hit ? (
          <mark key={i} style={{ padding: 0, background: '#ffe58f' }}>
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </span>
  );
}
