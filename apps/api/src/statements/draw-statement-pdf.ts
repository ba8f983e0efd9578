import { formatDate, formatMonth, formatVnd } from "@ansinh/domain";
import PDFDocument from "pdfkit";
import QRCode from "qrcode";
import { schemeNames } from "../use-cases/records/record-names";
import { drawText, lineHeight, measureText, registerFonts, type TextStyle, textWidth } from "./pdf-text";
import type { StatementContent } from "./statement-content";
import { durationOf, statedSchemes } from "./statement-schemes";
import type { HistoryPeriod, HistoryScheme, ParticipationHistory, StatementPerson } from "./statement-source";

/**
 * The participation statement ("Quá trình tham gia BHXH, BHYT, BHTN") as an A4 PDF: the header of a
 * Vietnamese administrative document (agency and number on the left, national motto on the right,
 * place and date), the person, each scheme's periods in a table with its totals and unpaid months, and
 * at the end the QR whose signed token lets anyone check a paper copy at /xac-minh.
 */
export interface StatementDocument {
  person: StatementPerson;
  history: ParticipationHistory;
  /** What the QR's token signs; its id and day of issue are printed too. */
  content: StatementContent;
  /** `<origin>/xac-minh#<token>`. */
  verifyUrl: string;
  keyId: string;
}

type Doc = PDFKit.PDFDocument;

const page = { width: 595.28, height: 841.89 };
const margin = { top: 40, bottom: 50, left: 40, right: 40 };
const left = margin.left;
const contentWidth = page.width - margin.left - margin.right;
const bottom = page.height - margin.bottom;

const ink = "#000000";
const grey = "#555555";
const rule = "#7a7a7a";

const body: TextStyle = { size: 9.5 };
const bodyBold: TextStyle = { size: 9.5, style: "bold" };
const note: TextStyle = { size: 8, style: "italic", color: grey };
const cell: TextStyle = { size: 7.5 };
const cellHead: TextStyle = { size: 7, style: "bold" };

/** Whole đồng with dots, as tables print them (the column says the unit). */
const amount = (n: number) => formatVnd(n).replace(/\s₫$/, "");
/** "17.5" → "17,5": the decimal comma. */
const rate = (percent: string) => String(Number(percent)).replace(".", ",");

const statusNotes: Record<HistoryPeriod["status"], string | null> = {
  paid: null,
  unpaid: "Đơn vị chưa đóng",
  suspended: "Tạm dừng đóng",
  reserved: "Bảo lưu",
};

interface Column {
  title: string;
  width: number;
  align: "left" | "center" | "right";
  text(period: HistoryPeriod): string;
}

const columns: Column[] = [
  {
    title: "Từ tháng – đến tháng",
    width: 56,
    align: "left",
    text: (p) => `${formatMonth(p.from)} –\n${p.to ? formatMonth(p.to) : "nay"}`,
  },
  { title: "Số tháng", width: 34, align: "right", text: (p) => String(p.months) },
  {
    title: "Đơn vị, chức danh công việc",
    width: 157.28,
    align: "left",
    text: (p) =>
      [p.employer?.name ?? "—", p.jobTitle, statusNotes[p.status] && `(${statusNotes[p.status]})`]
        .filter(Boolean)
        .join("\n"),
  },
  { title: "Mức lương đóng", width: 72, align: "right", text: (p) => amount(p.salaryBase) },
  {
    title: "Tỷ lệ đóng (%) NLĐ / đơn vị",
    width: 52,
    align: "center",
    text: (p) => `${rate(p.employeeRate)} / ${rate(p.employerRate)}`,
  },
  {
    title: "Người lao động đóng mỗi tháng",
    width: 72,
    align: "right",
    text: (p) => amount(p.employeeAmount),
  },
  { title: "Đơn vị đóng mỗi tháng", width: 72, align: "right", text: (p) => amount(p.employerAmount) },
];

const cellPadding = 3;

export async function drawStatementPdf(statement: StatementDocument): Promise<Buffer> {
  const { person, content } = statement;
  const doc: Doc = new PDFDocument({
    size: "A4",
    margins: margin,
    bufferPages: true,
    autoFirstPage: true,
    lang: "vi-VN",
    displayTitle: true,
    info: {
      Title: `Quá trình tham gia BHXH, BHYT, BHTN — ${person.bhxhNumber}`,
      Author: "Bảo hiểm xã hội Việt Nam",
      Subject: `Bản xác nhận số ${content.id}`,
      Creator: "AnSinh",
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  registerFonts(doc);

  let y = drawHeader(doc, statement, margin.top);
  y = drawTitle(doc, statement, y + 22);
  y = drawPerson(doc, person, y + 12);
  const schemes = statedSchemes(statement.history.schemes);
  if (schemes.length === 0) {
    y += 16;
    y += drawText(doc, "Chưa có quá trình tham gia bảo hiểm nào được ghi nhận.", body, {
      x: left,
      y,
      width: contentWidth,
    });
  }
  schemes.forEach((scheme, index) => {
    y = drawScheme(doc, scheme, index + 1, y + 16);
  });
  y = drawNotes(doc, statement, y + 14);
  drawClosing(doc, statement, y + 14);
  drawFooters(doc, statement);
  doc.end();
  return ended;
}

/** Starts a new page when `height` does not fit below `y`; returns where to go on. */
function room(doc: Doc, y: number, height: number): number {
  if (y + height <= bottom) return y;
  doc.addPage();
  return margin.top;
}

function drawHeader(doc: Doc, { person, content }: StatementDocument, top: number): number {
  const agencyWidth = 215;
  const stateX = left + agencyWidth;
  const stateWidth = contentWidth - agencyWidth;

  let agencyY = top;
  agencyY += drawText(
    doc,
    "BẢO HIỂM XÃ HỘI VIỆT NAM",
    { size: 10.5, style: "bold" },
    {
      x: left,
      y: agencyY,
      width: agencyWidth,
      align: "center",
    },
  );
  underline(doc, left + agencyWidth / 2, agencyY + 2, 70);
  agencyY += 8;
  agencyY += drawText(doc, `Số: ${content.id}/XN-BHXH`, body, {
    x: left,
    y: agencyY,
    width: agencyWidth,
    align: "center",
  });

  let stateY = top;
  stateY += drawText(
    doc,
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    { size: 10, style: "bold" },
    {
      x: stateX,
      y: stateY,
      width: stateWidth,
      align: "center",
    },
  );
  const motto = "Độc lập - Tự do - Hạnh phúc";
  const mottoStyle: TextStyle = { size: 10.5, style: "bold" };
  stateY += drawText(doc, motto, mottoStyle, { x: stateX, y: stateY, width: stateWidth, align: "center" });
  underline(doc, stateX + stateWidth / 2, stateY + 2, textWidth(doc, motto, mottoStyle));
  stateY += 8;
  stateY += drawText(
    doc,
    placeAndDate(person.provinceName, content.issuedOn),
    { size: 9.5, style: "italic" },
    {
      x: stateX,
      y: stateY,
      width: stateWidth,
      align: "center",
    },
  );
  return Math.max(agencyY, stateY);
}

function underline(doc: Doc, centre: number, y: number, width: number) {
  doc
    .moveTo(centre - width / 2, y)
    .lineTo(centre + width / 2, y)
    .lineWidth(0.6)
    .strokeColor(ink)
    .stroke();
}

/** "Thành phố Hồ Chí Minh, ngày 10 tháng 05 năm 2026" */
function placeAndDate(place: string, day: string): string {
  const [year, month, date] = day.split("-");
  return `${place}, ngày ${date} tháng ${month} năm ${year}`;
}

function drawTitle(doc: Doc, { history }: StatementDocument, top: number): number {
  let y = top;
  y += drawText(
    doc,
    "QUÁ TRÌNH THAM GIA\nBẢO HIỂM XÃ HỘI, BẢO HIỂM Y TẾ, BẢO HIỂM THẤT NGHIỆP",
    { size: 13, style: "bold" },
    { x: left + 30, y, width: contentWidth - 60, align: "center" },
  );
  y += 2;
  const closed = history.closedThrough
    ? `(Dữ liệu đã chốt đến tháng ${formatMonth(history.closedThrough)})`
    : "(Chưa có tháng nào được chốt)";
  y += drawText(
    doc,
    closed,
    { size: 9.5, style: "italic" },
    { x: left, y, width: contentWidth, align: "center" },
  );
  return y;
}

function drawPerson(doc: Doc, person: StatementPerson, top: number): number {
  const half = contentWidth / 2;
  const birth = person.birthDate
    ? (["Ngày sinh", formatDate(person.birthDate)] as const)
    : (["Năm sinh", String(person.birthYear)] as const);
  const rows: [readonly [string, string], readonly [string, string] | null][] = [
    [["Họ và tên", person.fullName], birth],
    [
      ["Mã số BHXH", person.bhxhNumber],
      ["Giới tính", person.sex === "female" ? "Nữ" : "Nam"],
    ],
    [["Số CCCD", person.nationalIdMasked ?? "—"], null],
  ];
  let y = top;
  for (const [first, second] of rows) {
    labelValue(doc, first, left, y);
    if (second) labelValue(doc, second, left + half, y);
    y += lineHeight(body) + 2;
  }
  return y;
}

function labelValue(doc: Doc, [label, value]: readonly [string, string], x: number, y: number) {
  const shown = `${label}: `;
  drawText(doc, shown, body, { x, y, width: 200 });
  drawText(doc, value, bodyBold, { x: x + textWidth(doc, shown, body), y, width: 220 });
}

function drawScheme(doc: Doc, scheme: HistoryScheme, number: number, top: number): number {
  const heading = `${number}. ${schemeNames[scheme.scheme].vi}`;
  const headingStyle: TextStyle = { size: 10.5, style: "bold" };
  // A heading is never left alone at the foot of a page: it goes with the table's head and first row.
  let y = room(doc, top, lineHeight(headingStyle) + 4 + headRowHeight(doc) + 30);
  y += drawText(doc, heading, headingStyle, { x: left, y, width: contentWidth });
  y += 4;
  // Oldest first, as a career reads on paper (the history gives them newest first).
  y = drawTable(doc, [...scheme.periods].reverse(), y);
  y += 5;
  const { years, months } = durationOf(scheme.months);
  const total =
    `Cộng: ${years} năm ${months} tháng (${scheme.months} tháng); người lao động đã đóng ` +
    `${formatVnd(scheme.employeeTotal)}; đơn vị đã đóng ${formatVnd(scheme.employerTotal)}.`;
  y = room(doc, y, measureText(doc, total, bodyBold, contentWidth));
  y += drawText(doc, total, bodyBold, { x: left, y, width: contentWidth });
  for (const unpaid of scheme.unpaid) {
    const employer = unpaid.employer
      ? `${unpaid.employer.name} (mã số thuế ${unpaid.employer.taxCode})`
      : "Đơn vị không xác định";
    const text =
      `Chưa đóng: ${employer}, từ tháng ${formatMonth(unpaid.from)} đến tháng ${formatMonth(unpaid.to)}, ` +
      `${unpaid.months} tháng, số tiền còn nợ ${formatVnd(unpaid.amount)} (gồm phần của người lao động và của đơn vị).`;
    y = room(doc, y + 2, measureText(doc, text, body, contentWidth));
    y += drawText(doc, text, body, { x: left, y, width: contentWidth });
  }
  return y;
}

function headRowHeight(doc: Doc): number {
  return (
    Math.max(...columns.map((c) => measureText(doc, c.title, cellHead, c.width - 2 * cellPadding))) +
    2 * cellPadding
  );
}

function drawTable(doc: Doc, periods: HistoryPeriod[], top: number): number {
  let y = drawHeadRow(doc, top);
  for (const period of periods) {
    const texts = columns.map((c) => c.text(period));
    const height =
      Math.max(...columns.map((c, i) => measureText(doc, texts[i] ?? "", cell, c.width - 2 * cellPadding))) +
      2 * cellPadding;
    if (y + height > bottom) {
      doc.addPage();
      y = drawHeadRow(doc, margin.top);
    }
    let x = left;
    columns.forEach((column, i) => {
      drawText(doc, texts[i] ?? "", cell, {
        x: x + cellPadding,
        y: y + cellPadding,
        width: column.width - 2 * cellPadding,
        align: column.align,
      });
      x += column.width;
    });
    gridRow(doc, y, height);
    y += height;
  }
  return y;
}

function drawHeadRow(doc: Doc, top: number): number {
  const height = headRowHeight(doc);
  doc.rect(left, top, contentWidth, height).fillColor("#e6e6e6").fill();
  let x = left;
  for (const column of columns) {
    drawText(doc, column.title, cellHead, {
      x: x + cellPadding,
      y: top + cellPadding,
      width: column.width - 2 * cellPadding,
      align: "center",
    });
    x += column.width;
  }
  gridRow(doc, top, height);
  return top + height;
}

function gridRow(doc: Doc, top: number, height: number) {
  doc.lineWidth(0.5).strokeColor(rule);
  doc.rect(left, top, contentWidth, height).stroke();
  let x = left;
  for (const column of columns.slice(0, -1)) {
    x += column.width;
    doc
      .moveTo(x, top)
      .lineTo(x, top + height)
      .stroke();
  }
}

function drawNotes(doc: Doc, { content }: StatementDocument, top: number): number {
  const text =
    "Ghi chú: số tiền tính bằng đồng Việt Nam. Bản xác nhận thể hiện dữ liệu Bảo hiểm xã hội Việt Nam ghi " +
    `nhận đến ngày ${formatDate(content.issuedOn)}. Mã QR mang chữ ký số của các nội dung chính (số và ngày ` +
    "của bản xác nhận, họ tên, mã số BHXH, tháng đã chốt, tổng số tháng, số tiền đã đóng và số tháng chưa đóng " +
    "của từng loại bảo hiểm): quét mã để đối chiếu với bản giấy.";
  const y = room(doc, top, measureText(doc, text, note, contentWidth));
  return y + drawText(doc, text, note, { x: left, y, width: contentWidth });
}

const qrSize = 128;

function drawClosing(doc: Doc, statement: StatementDocument, top: number) {
  const captionWidth = 190;
  const caption =
    "Quét mã QR để kiểm tra bản xác nhận này trên trang xác minh của Bảo hiểm xã hội Việt Nam: " +
    new URL("/xac-minh", statement.verifyUrl).href;
  const height = qrSize + 6 + measureText(doc, caption, note, captionWidth);
  const y = room(doc, top, height);
  drawQr(doc, statement.verifyUrl, left, y);
  drawText(doc, caption, note, { x: left, y: y + qrSize + 6, width: captionWidth });

  const signX = left + contentWidth / 2;
  const signWidth = contentWidth / 2;
  let signY = y + 8;
  signY += drawText(
    doc,
    "BẢO HIỂM XÃ HỘI VIỆT NAM",
    { size: 10.5, style: "bold" },
    {
      x: signX,
      y: signY,
      width: signWidth,
      align: "center",
    },
  );
  signY += 4;
  signY += drawText(doc, "(Văn bản điện tử, xác thực bằng chữ ký số trong mã QR)", note, {
    x: signX,
    y: signY,
    width: signWidth,
    align: "center",
  });
  drawText(doc, `Mã khoá ký: ${statement.keyId}`, note, {
    x: signX,
    y: signY + 2,
    width: signWidth,
    align: "center",
  });
}

/**
 * The QR as vector squares (sharp at any print size), one rectangle per run of dark modules in a row,
 * and a link over it for those who open the PDF on a screen.
 */
function drawQr(doc: Doc, url: string, x: number, y: number) {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: "M" });
  const quiet = 4;
  const unit = qrSize / (modules.size + 2 * quiet);
  const origin = { x: x + quiet * unit, y: y + quiet * unit };
  doc.save();
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      doc.rect(origin.x + start * unit, origin.y + row * unit, (col - start) * unit, unit);
    }
  }
  doc.fillColor(ink).fill();
  doc.restore();
  doc.link(x, y, qrSize, qrSize, url);
}

function drawFooters(doc: Doc, { person, content }: StatementDocument) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const y = page.height - margin.bottom + 16;
    doc
      .moveTo(left, y - 4)
      .lineTo(left + contentWidth, y - 4)
      .lineWidth(0.4)
      .strokeColor(rule)
      .stroke();
    const footer: TextStyle = { size: 7.5, color: grey };
    drawText(doc, `Bản xác nhận số ${content.id} · Mã số BHXH ${person.bhxhNumber}`, footer, {
      x: left,
      y,
      width: contentWidth,
    });
    drawText(doc, `Trang ${i - start + 1}/${count}`, footer, {
      x: left,
      y,
      width: contentWidth,
      align: "right",
    });
  }
}
