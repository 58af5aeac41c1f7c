/** Bytes to base64 for the JSON API, in chunks so large files do not overflow the call stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const ACCEPTED_FILES = '.txt,.text,.md,.markdown,.html,.htm,.docx';
