/**
 * Apps Script hands bytes to and from services as Java `byte[]`: a JavaScript array of numbers from
 * −128 to 127 (`Blob.getBytes`, `Utilities.newBlob`). The .docx renderer works on `Uint8Array`.
 */
export function fromJavaBytes(bytes: readonly number[]): Uint8Array {
  return Uint8Array.from(bytes, (byte) => byte & 0xff);
}

export function toJavaBytes(bytes: Uint8Array): number[] {
  return Array.from(new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}
