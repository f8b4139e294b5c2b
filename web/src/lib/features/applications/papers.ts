/**
 * Printable documents of an application: which ones it has by now (from its history), their
 * addresses, and the QR code that points at their public check.
 */
import type { ApplicationAction, PaperKind } from '$lib/graphql/generated/graphql';

/** The kind in the address: /applications/:id/print/<slug>. */
export const PAPER_SLUGS: Readonly<Record<PaperKind, string>> = { RECEIPT: 'receipt', DECISION: 'decision', PAYMENT_NOTICE: 'payment' };

const FROM_STEPS: Readonly<Record<PaperKind, readonly ApplicationAction[]>> = {
  RECEIPT: ['SUBMIT', 'SUBMIT_FOR_WALK_IN'],
  DECISION: ['APPROVE', 'REJECT'],
  PAYMENT_NOTICE: ['DISBURSE'],
};

export function paperKindOf(slug: string | undefined): PaperKind | null {
  return (Object.keys(PAPER_SLUGS) as PaperKind[]).find((k) => PAPER_SLUGS[k] === slug) ?? null;
}

/** The documents an application with this history has. */
export function papersOf(history: readonly { action: ApplicationAction }[]): PaperKind[] {
  return (Object.keys(FROM_STEPS) as PaperKind[]).filter((kind) => history.some((h) => FROM_STEPS[kind].includes(h.action)));
}

/** The QR code as a PNG data address, for an <img> that prints. Loaded on the print page only. */
export async function qrImage(text: string): Promise<string> {
  const { default: QRCode } = await import('qrcode');
  return QRCode.toDataURL(text, { margin: 2, scale: 5, errorCorrectionLevel: 'M' });
}
