import Image from "@tiptap/extension-image";
import StarterKit from "@tiptap/starter-kit";

/**
 * The editor's extension list: the same list renders stored JSON to HTML on the server, so what an
 * officer sees in the editor is what residents get.
 */
export const richTextExtensions = [
  StarterKit.configure({
    heading: { levels: [2, 3, 4] },
    code: false,
    codeBlock: false,
    link: { openOnClick: false, autolink: true, protocols: ["http", "https", "mailto"], HTMLAttributes: { rel: "noopener noreferrer nofollow" } },
  }),
  Image.configure({ inline: false }),
];
