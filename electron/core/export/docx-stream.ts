import { strFromU8, unzipSync, Zip, ZipDeflate } from 'fflate';

// A .docx whose body is too large to build as one object tree: docx writes a skeleton (styles,
// footer, table of contents, group headings) with a marker paragraph where each group's body
// goes, and this file copies the skeleton into a new zip, streaming the bodies into
// word/document.xml in place of the markers. At no moment does the whole document exist in
// memory: only the skeleton, the rows of the current group and a deflate window.

/** Bytes of XML gathered before they are compressed and handed on. */
const CHUNK = 256 * 1024;
/** Organisations written between two turns of the event loop, so a cancel is heard. */
const YIELD_EVERY = 25;

/** The paragraph docx writes for a marker text run: find it, then replace it. */
export const markerParagraph = (marker: string) => `<w:p><w:r><w:t xml:space="preserve">${marker}</w:t></w:r></w:p>`;

export interface StreamedBody {
  /** Exact pieces of the skeleton's document.xml, in document order, each to be replaced (a markerParagraph, say). */
  markers: string[];
  /** The XML pieces (one per organisation, say) that replace marker i. */
  body: (i: number) => Iterable<string>;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Writes the skeleton .docx with each marker paragraph replaced by its streamed body. Chunks go
 * to `sink` as they are compressed; `signal` stops the writing between two pieces, and
 * `onWritten` hears how many pieces are written so far.
 */
export async function streamDocx(
  skeleton: Uint8Array,
  content: StreamedBody,
  sink: (chunk: Uint8Array) => void,
  options: { signal?: AbortSignal | undefined; onWritten?: ((pieces: number) => void) | undefined } = {},
): Promise<void> {
  const { signal, onWritten } = options;
  signal?.throwIfAborted();
  const entries = unzipSync(skeleton);
  const documentXml = entries['word/document.xml'];
  if (!documentXml) throw new Error('the skeleton has no word/document.xml');
  const parts: string[] = [];
  let rest = strFromU8(documentXml);
  for (const marker of content.markers) {
    const at = rest.indexOf(marker);
    if (at < 0) throw new Error('a body marker is missing from the skeleton');
    parts.push(rest.slice(0, at));
    rest = rest.slice(at + marker.length);
  }
  parts.push(rest);

  let failed: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failed = error;
    else sink(chunk);
  });
  for (const [name, data] of Object.entries(entries)) {
    if (name === 'word/document.xml') {
      const file = new ZipDeflate(name, { level: 6 });
      zip.add(file);
      let pending = '';
      let written = 0;
      const push = (xml: string, final = false) => {
        pending += xml;
        if (pending.length >= CHUNK || final) {
          file.push(Buffer.from(pending, 'utf8'), final);
          pending = '';
        }
      };
      for (let i = 0; i < parts.length; i += 1) {
        push(parts[i] ?? '');
        if (i >= content.markers.length) continue;
        for (const piece of content.body(i)) {
          push(piece);
          written += 1;
          if (written % YIELD_EVERY === 0) {
            onWritten?.(written);
            await nextTurn();
            signal?.throwIfAborted();
          }
        }
      }
      push('', true);
      onWritten?.(written);
    } else {
      const file = new ZipDeflate(name, { level: 6 });
      zip.add(file);
      file.push(data, true);
    }
    if (failed) throw failed;
    signal?.throwIfAborted();
  }
  zip.end();
  if (failed) throw failed;
}
