/**
 * Sample organisations must say that they are samples. The seed already puts a marker in some
 * names ("（示例）" / "(sample)"); the UI adds its own only where the name does not say so.
 */
export function nameSaysSample(name: string): boolean {
  return name.includes('示例') || /\bsample\b/i.test(name);
}
