// The check-in page's QR path where the browser has no BarcodeDetector
// (web/src/lib/features/alliance/qr-decode.ts): a QR image generated here, as the registration's code
// is drawn (the qrcode package), read back by jsQR through decodePixels.
import jsQRModule from 'jsqr';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { decodePixels, type Pixels } from '../../web/src/lib/features/alliance/qr-decode.js';

// jsQR is CommonJS: imported from ESM under Node its function is the default's default.
const jsQR = jsQRModule.default;

/** A QR code as the registration draws it (qrcode, level M), as RGBA pixels: `scale` pixels a module, a 2-module margin. */
function qrImage(text: string, options: { scale?: number; inverted?: boolean } = {}): Pixels {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const scale = options.scale ?? 4;
  const margin = 2;
  const width = (modules.size + 2 * margin) * scale;
  const data = new Uint8ClampedArray(width * width * 4);
  for (let y = 0; y < width; y++) {
    for (let x = 0; x < width; x++) {
      const row = Math.floor(y / scale) - margin;
      const col = Math.floor(x / scale) - margin;
      const dark = row >= 0 && col >= 0 && row < modules.size && col < modules.size && modules.get(row, col) === 1;
      const value = dark !== !!options.inverted ? 0 : 255;
      data.set([value, value, value, 255], (y * width + x) * 4);
    }
  }
  return { data, width, height: width };
}

describe('reading a check-in QR code with jsQR', () => {
  it('reads the code a registration shows', () => {
    expect(decodePixels(jsQR, qrImage('K7QX-94MB'))).toBe('K7QX-94MB');
  });

  it('reads small and inverted codes (light on dark, as a phone in dark mode may show it)', () => {
    expect(decodePixels(jsQR, qrImage('ABCD-2345', { scale: 2 }))).toBe('ABCD-2345');
    expect(decodePixels(jsQR, qrImage('ABCD-2345', { inverted: true }))).toBe('ABCD-2345');
  });

  it('answers null for a picture without a code, or one too damaged to read', () => {
    const blank: Pixels = { data: new Uint8ClampedArray(200 * 200 * 4).fill(255), width: 200, height: 200 };
    expect(decodePixels(jsQR, blank)).toBeNull();
    const damaged = qrImage('K7QX-94MB');
    // Paint over the middle third: more than error correction level M can restore.
    for (let y = Math.floor(damaged.height / 3); y < (2 * damaged.height) / 3; y++) {
      for (let x = 0; x < damaged.width; x++) damaged.data.fill(255, (y * damaged.width + x) * 4, (y * damaged.width + x) * 4 + 3);
    }
    expect(decodePixels(jsQR, damaged)).toBeNull();
  });
});
