import "server-only";
import { encode, renderSVG } from "uqr";
import { env } from "@/lib/env";

/** The address printed on posters and encoded in the QR code. */
export const linkAddress = (code: string) => `${env.AUTH_URL}/s/${code}`;

/** Medium error correction: survives a little dirt or a fold on a poster, and stays small. */
const QR_OPTIONS = { ecc: "M", border: 2 } as const;

/** The QR code as one SVG path on a square of `size` modules: for drawing inline with a title. */
export function qrPath(address: string): { size: number; path: string } {
  const { data, size } = encode(address, QR_OPTIONS);
  const path = data.flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`M${x} ${y}h1v1h-1z`] : []))).join("");
  return { size, path };
}

/** The QR code as a standalone SVG file (black on white), for printing. */
export function qrSvgFile(address: string): string {
  return renderSVG(address, { ...QR_OPTIONS, pixelSize: 10 });
}
