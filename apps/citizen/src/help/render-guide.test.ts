import { describe, expect, it } from "vitest";
import { parseGuide } from "./guide-source";
import { guidePicture, guidesIn } from "./guides";
import { renderGuide } from "./render-guide";

const noPictures = () => null;

describe("renderGuide", () => {
  it("draws Markdown as HTML", () => {
    expect(renderGuide("## Bước 1\n\n1. **Mở** tab", noPictures)).toBe(
      "<h2>Bước 1</h2>\n<ol>\n<li><strong>Mở</strong> tab</li>\n</ol>\n",
    );
  });

  it("shows raw HTML as text instead of passing it through", () => {
    const html = renderGuide(
      '<script>alert(1)</script>\n\nChữ <img src=x onerror="alert(1)"> ở giữa',
      noPictures,
    );
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&#60;script&#62;");
  });

  it("gives a picture the URL the build gave it, and keeps only the words of one it does not have", () => {
    const html = renderGuide("![Thẻ BHYT](images/the.svg) ![Khác](images/none.svg)", (src) =>
      src === "images/the.svg" ? "/assets/the-123.svg" : null,
    );
    expect(html).toContain('<img src="/assets/the-123.svg" alt="Thẻ BHYT" loading="lazy">');
    expect(html).toContain("Khác");
    expect(html).not.toContain("none.svg");
  });

  it("links to the app, the web, a phone or an e-mail, and to nothing else", () => {
    expect(renderGuide("[Tra cứu](/tra-cuu)", noPictures)).toContain('<a href="/tra-cuu">Tra cứu</a>');
    expect(renderGuide("[Gọi](tel:19009068)", noPictures)).toContain('<a href="tel:19009068">');
    const unsafe = renderGuide("[Bấm](javascript:alert(1)) [Xa](//example.com)", noPictures);
    expect(unsafe).not.toContain("<a");
    expect(unsafe).toContain("Bấm");
  });
});

describe("the repository's guides", () => {
  it("each have both languages, a title and a summary", () => {
    const vi = guidesIn("vi")
      .map((guide) => guide.slug)
      .sort();
    const en = guidesIn("en")
      .map((guide) => guide.slug)
      .sort();
    expect(vi.length).toBeGreaterThanOrEqual(4);
    expect(en).toEqual(vi);
    for (const guide of [...guidesIn("vi"), ...guidesIn("en")]) {
      expect(guide.summary).not.toBe("");
      expect(guide.body).not.toBe("");
    }
  });

  it("only name pictures that exist, each with its words, and have at least one", () => {
    for (const guide of [...guidesIn("vi"), ...guidesIn("en")]) {
      const pictures = [...guide.body.matchAll(/!\[([^\]]*)\]\(([^)]+)\)/g)];
      expect(pictures.length, guide.slug).toBeGreaterThan(0);
      for (const [, alt, src = ""] of pictures) {
        expect(alt, `${guide.slug}: ${src}`).not.toBe("");
        expect(guidePicture(src), `${guide.slug}: ${src}`).not.toBeNull();
      }
    }
  });
});

describe("parseGuide", () => {
  it("reads the front matter and keeps the Markdown after it", () => {
    const guide = parseGuide("x", "---\ntitle: Tiêu đề: phụ\nsummary: Tóm tắt\norder: 2\n---\n\nNội dung");
    expect(guide).toEqual({
      slug: "x",
      title: "Tiêu đề: phụ",
      summary: "Tóm tắt",
      keywords: "",
      order: 2,
      body: "Nội dung",
    });
  });

  it("refuses a guide without a title", () => {
    expect(() => parseGuide("x", "Chỉ có nội dung")).toThrow(/title/);
  });
});
