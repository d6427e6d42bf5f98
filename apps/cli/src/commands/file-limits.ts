import { stat } from "node:fs/promises";

/**
 * Why a file cannot be read whole without looking: it is not a regular file (a device such as
 * /dev/zero or a pipe would be read without end) or it has more than `maxBytes` bytes. Null when it
 * may be read; a file that does not exist is left to the read, which says so.
 */
export async function largerThan(file: string, maxBytes: number): Promise<string | null> {
  let info;
  try {
    info = await stat(file);
  } catch {
    return null;
  }
  if (info.isDirectory()) return "it is a directory";
  if (!info.isFile()) return "it is not a regular file";
  if (info.size > maxBytes) {
    return `it has ${info.size.toLocaleString("en")} bytes, more than the ${maxBytes.toLocaleString("en")} it may have`;
  }
  return null;
}
