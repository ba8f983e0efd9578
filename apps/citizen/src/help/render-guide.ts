import { Marked, type Tokens } from "marked";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

// Addresses a guide may link to: the app's own pages, the web, a phone number or an e-mail.
const allowedLink = /^(?:\/(?!\/)|#|https:\/\/|tel:|mailto:)/i;

/**
 * A guide's Markdown as HTML. Raw HTML in the Markdown is shown as text, never passed through; a
 * picture's address ("images/the-bhyt.svg") becomes the URL the build gave it (`imageUrl`), and one
 * that is not among the guides' pictures, or a link to an address of another kind, keeps only its
 * words.
 */
export function renderGuide(markdown: string, imageUrl: (src: string) => string | null): string {
  const marked = new Marked({
    gfm: true,
    async: false,
    renderer: {
      html({ text }: Tokens.HTML | Tokens.Tag): string {
        return escapeHtml(text);
      },
      image({ href, text }: Tokens.Image): string {
        const url = imageUrl(href);
        if (!url) return escapeHtml(text);
        return `<img src="${escapeHtml(url)}" alt="${escapeHtml(text)}" loading="lazy">`;
      },
      link({ href, tokens }: Tokens.Link): string {
        const inner = this.parser.parseInline(tokens);
        return allowedLink.test(href) ? `<a href="${escapeHtml(href)}">${inner}</a>` : inner;
      },
    },
  });
  return marked.parse(markdown, { async: false });
}
