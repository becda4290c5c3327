/** A report's two files as a list of download links, each with its words. */
export function ReportFileLinks({ files, className }: { files: { href: string; label: string }[]; className: string }) {
  return (
    <ul className={className}>
      {files.map((file) => (
        <li key={file.href}>
          <a href={file.href}>{file.label}</a>
        </li>
      ))}
    </ul>
  );
}
