"use client";

import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { RichTextDocument } from "@/lib/rich-text/document";
import { richTextExtensions } from "@/lib/rich-text/extensions";

type Props = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  initial: RichTextDocument;
  /** The language written in the editor, when it is not the page's (a translation): its lang and direction. */
  lang?: { lang: string; dir: "ltr" | "rtl" };
};

function Toolbar({ editor }: { editor: Editor }) {
  const t = useTranslations("editor");
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      h2: current.isActive("heading", { level: 2 }),
      h3: current.isActive("heading", { level: 3 }),
      bold: current.isActive("bold"),
      italic: current.isActive("italic"),
      bullets: current.isActive("bulletList"),
      numbers: current.isActive("orderedList"),
      quote: current.isActive("blockquote"),
      link: current.isActive("link"),
    }),
  });
  const chain = () => editor.chain().focus();
  const buttons = [
    { key: "h2", label: t("heading"), active: state.h2, run: () => chain().toggleHeading({ level: 2 }).run() },
    { key: "h3", label: t("subheading"), active: state.h3, run: () => chain().toggleHeading({ level: 3 }).run() },
    { key: "bold", label: t("bold"), active: state.bold, run: () => chain().toggleBold().run() },
    { key: "italic", label: t("italic"), active: state.italic, run: () => chain().toggleItalic().run() },
    { key: "bullets", label: t("bullets"), active: state.bullets, run: () => chain().toggleBulletList().run() },
    { key: "numbers", label: t("numbers"), active: state.numbers, run: () => chain().toggleOrderedList().run() },
    { key: "quote", label: t("quote"), active: state.quote, run: () => chain().toggleBlockquote().run() },
    {
      key: "link",
      label: state.link ? t("unlink") : t("link"),
      active: state.link,
      run: () => {
        if (state.link) return chain().unsetLink().run();
        const href = window.prompt(t("linkPrompt"));
        if (href && /^(https?:\/\/|mailto:)/.test(href)) chain().setLink({ href }).run();
      },
    },
    {
      key: "image",
      label: t("image"),
      active: false,
      run: () => {
        const src = window.prompt(t("imagePrompt"));
        const alt = src ? window.prompt(t("altPrompt")) : null;
        if (src && /^https?:\/\//.test(src)) chain().setImage({ src, alt: alt ?? "" }).run();
      },
    },
  ];
  return (
    <div className="editor__toolbar" role="toolbar" aria-label={t("toolbar")}>
      {buttons.map((button) => (
        <button key={button.key} type="button" className="editor__button" aria-pressed={button.active} onMouseDown={(event) => event.preventDefault()} onClick={button.run}>
          {button.label}
        </button>
      ))}
    </div>
  );
}

/** The tiptap editor for officers; the document travels in a hidden field as JSON. */
export function RichTextEditor({ id, name, label, hint, error, initial, lang }: Props) {
  const [value, setValue] = useState(() => JSON.stringify(initial));
  const editor = useEditor({
    extensions: richTextExtensions,
    // An empty document still needs one paragraph for the cursor, or block commands have nowhere to act.
    content: initial.content.length ? initial : { type: "doc", content: [{ type: "paragraph" }] },
    immediatelyRender: false,
    editorProps: { attributes: { id, class: "editor__content prose", role: "textbox", "aria-multiline": "true", "aria-labelledby": `${id}-label`, ...(lang ?? {}) } },
    onUpdate: ({ editor: current }) => setValue(JSON.stringify(current.getJSON())),
  });
  return (
    <div className={error ? "form-group form-group--error" : "form-group"}>
      <p className="label" id={`${id}-label`}>
        {label}
      </p>
      {hint ? <p className="hint">{hint}</p> : null}
      {error ? <p className="error-message">{error}</p> : null}
      <input type="hidden" name={name} value={value} />
      <div className="editor">
        {editor ? <Toolbar editor={editor} /> : null}
        <EditorContent editor={editor} />
      </div>
    </div>
  );
}
