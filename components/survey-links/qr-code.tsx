/**
 * A QR code drawn inline: one path of dark squares on white, named by its title for screen readers
 * (the address itself is written out beside it).
 */
export function QrCode({ id, size, path, label }: { id: string; size: number; path: string; label: string }) {
  return (
    <svg className="qr-code" role="img" aria-labelledby={`${id}-title`} viewBox={`0 0 ${size} ${size}`} shapeRendering="crispEdges">
      <title id={`${id}-title`}>{label}</title>
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
