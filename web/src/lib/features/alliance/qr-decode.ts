/** The jsQR half of reading a check-in QR code (see qr.ts): pure, so it is unit-tested in Node. */

export interface Pixels {
  readonly data: Uint8ClampedArray;
  readonly width: number;
  readonly height: number;
}

/** jsQR's call, spelled out: its CommonJS types read differently under Node's module rules and the bundler's. */
export type JsQr = (data: Uint8ClampedArray, width: number, height: number, options?: { inversionAttempts?: 'attemptBoth' }) => { data: string } | null;

/** The text of the QR code in these pixels, or null when there is none to read. */
export function decodePixels(jsQR: JsQr, pixels: Pixels): string | null {
  const found = jsQR(pixels.data, pixels.width, pixels.height, { inversionAttempts: 'attemptBoth' });
  return found?.data ? found.data : null;
}
