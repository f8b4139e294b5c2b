/**
 * Reading a check-in QR code (it holds the code, e.g. K7QX-94MB) from the camera or a photo.
 * Browsers with a BarcodeDetector (Chrome on Android, Safari) read it themselves; elsewhere
 * (Firefox, desktop Chrome on Linux and Windows) jsQR reads the pixels. jsQR is imported only on
 * that path, so it is its own chunk fetched by the check-in page when needed, never part of the
 * first load.
 */
import { decodePixels } from './qr-decode';

type Source = HTMLVideoElement | ImageBitmap;

/** Frames and photos are scaled down to this many pixels on the long side: enough for a code held up to the camera, and quick. */
const MOST_PIXELS = 1024;

interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: Source): Promise<DetectedBarcode[]>;
}
type BarcodeDetectorClass = new (options: { formats: string[] }) => BarcodeDetectorLike;

/** A reader for this browser: resolves to the code's text, or null when the picture has none. */
export async function createQrReader(): Promise<(source: Source) => Promise<string | null>> {
  const Detector = (window as unknown as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (Detector) {
    const detector = new Detector({ formats: ['qr_code'] });
    return async (source) => (await detector.detect(source).catch(() => []))[0]?.rawValue ?? null;
  }
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return async (source) => {
    const [width, height] = source instanceof HTMLVideoElement ? [source.videoWidth, source.videoHeight] : [source.width, source.height];
    if (!context || !width || !height) return null;
    const scale = Math.min(1, MOST_PIXELS / Math.max(width, height));
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    context.drawImage(source, 0, 0, canvas.width, canvas.height);
    return decodePixels(jsQR, context.getImageData(0, 0, canvas.width, canvas.height));
  };
}
