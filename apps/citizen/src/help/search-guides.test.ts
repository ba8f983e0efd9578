import { describe, expect, it } from "vitest";
import type { Guide } from "./guide-source";
import { guidesIn } from "./guides";
import { searchGuides } from "./search-guides";

function guide(slug: string, title: string, summary: string, body = "", order = 1): Guide {
  return { slug, title, summary, keywords: "", order, body };
}

const guides = [
  guide("the", "Xem thẻ BHYT", "Mã số, hạn dùng", "Bấm **Thẻ BHYT** trong tab Cá nhân.", 2),
  guide("ma-so", "Tìm mã số BHXH", "Khi quên mã số", "Xem [Thẻ BHYT](/ca-nhan/the-bhyt) của bạn.", 3),
  guide("dang-ky", "Đăng ký tài khoản", "Bốn bước", "Nhập mã số BHXH in trên thẻ bảo hiểm y tế.", 1),
];

const slugs = (found: Guide[]) => found.map((g) => g.slug);

describe("searchGuides", () => {
  it("lists every guide in its order when nothing is typed", () => {
    expect(slugs(searchGuides(guides, "  "))).toEqual(["dang-ky", "the", "ma-so"]);
  });

  it("finds the same guides with or without Vietnamese marks, in any case", () => {
    const marked = slugs(searchGuides(guides, "thẻ BHYT"));
    expect(marked).toEqual(["the", "ma-so"]);
    expect(slugs(searchGuides(guides, "the bhyt"))).toEqual(marked);
    expect(slugs(searchGuides(guides, "THE BHYT"))).toEqual(marked);
  });

  it("puts a match in the title before one in the text", () => {
    expect(slugs(searchGuides(guides, "ma so bhxh"))).toEqual(["ma-so", "dang-ky"]);
  });

  it("finds words in another order when each starts a word of the title or summary", () => {
    expect(slugs(searchGuides(guides, "bhyt xem"))).toEqual(["the"]);
  });

  it("does not match inside a word, nor a link's address", () => {
    expect(searchGuides(guides, "hyt")).toEqual([]);
    expect(searchGuides(guides, "ca-nhan/the-bhyt")).toEqual([]);
  });

  it("finds nothing for words that are not together in any guide", () => {
    expect(searchGuides(guidesIn("vi"), "khong co huong dan nao nhu the nay")).toEqual([]);
  });

  it("finds the repository's guides as the help page is searched", () => {
    const vi = guidesIn("vi");
    expect(vi.length).toBeGreaterThanOrEqual(4);
    expect(searchGuides(vi, "ma so bhxh")[0]?.title).toContain("mã số BHXH");
    expect(slugs(searchGuides(vi, "the bhyt"))).toEqual(slugs(searchGuides(vi, "thẻ BHYT")));
    expect(searchGuides(vi, "the bhyt").length).toBeGreaterThan(0);
  });
});
