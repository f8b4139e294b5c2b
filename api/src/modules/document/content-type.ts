/**
 * What a file really is, read from its first bytes: a renamed .exe called "contract.pdf" is
 * refused whatever its name or the browser's claimed type.
 */
export const ACCEPTED_CONTENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type AcceptedContentType = (typeof ACCEPTED_CONTENT_TYPES)[number];

const SIGNATURES: { type: AcceptedContentType; bytes: number[] }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

/** Bytes needed to recognise every accepted type. */
export const SNIFF_BYTES = 8;

export function sniffContentType(head: Uint8Array): AcceptedContentType | null {
  for (const { type, bytes } of SIGNATURES) {
    if (head.length >= bytes.length && bytes.every((b, i) => head[i] === b)) return type;
  }
  return null;
}
