import { formatDate } from "@ansinh/domain";
import type { Ref } from "react";
import { nameThenCode } from "./format";
import { qrShape } from "./qr-path";
import type { Card } from "./records-api";
import { wrapWords } from "./wrap-words";

/** The card's size in SVG units: the ISO ID-1 card (85.6 × 54 mm) at 10 units per millimetre. */
export const cardWidth = 856;
export const cardHeight = 540;

const green = "#00703c";
const greenDark = "#005a30";
const ink = "#0b0c0c";
const font = "'Be Vietnam Pro', Arial, Helvetica, sans-serif";

/** One line of the card: a label in normal weight, then the value in bold; `also` is a second pair. */
interface CardLine {
  label: string;
  value: string;
  also?: { label: string; value: string };
}

/** The QR at the right of the details, about a quarter of the card's width as on the printed card. */
const qr = { x: 606, y: 176, size: 214 };
/** Characters per line of the details at their size: beside the QR, and below it. */
const besideQr = 44;
const belowQr = 64;
const lineHeight = 28;
const fontSize = 22;

/**
 * The card drawn like the 2021 paper card of Vietnam Social Security (QĐ 1666/QĐ-BHXH): the green and
 * white header, the holder's details on the left and the QR code at the side. Always in Vietnamese, as
 * the card is; `title` is what a screen reader says for it, in the language being read.
 */
export function CardImage({ card, title, ref }: { card: Card; title: string; ref?: Ref<SVGSVGElement> }) {
  const shape = qrShape(card.qr);
  const quiet = 4;
  const holder = card.holder;
  const lines: CardLine[] = [
    { label: "Họ và tên: ", value: holder.fullName.toLocaleUpperCase("vi") },
    {
      label: "Ngày sinh: ",
      value: holder.birthDate ? formatDate(holder.birthDate) : String(holder.birthYear),
      also: { label: "Giới tính: ", value: holder.sex === "male" ? "Nam" : "Nữ" },
    },
    { label: "Địa chỉ: ", value: holder.address },
    { label: "Nơi ĐK KCB ban đầu: ", value: nameThenCode(card.facility) },
    {
      label: "Giá trị sử dụng: ",
      value: card.validTo
        ? `từ ${formatDate(card.validFrom)} đến ${formatDate(card.validTo)}`
        : `từ ${formatDate(card.validFrom)}`,
    },
    {
      label: "Thời điểm đủ 5 năm liên tục: ",
      value: card.fiveYearsFrom ? formatDate(card.fiveYearsFrom) : "—",
    },
  ];

  let y = 248;
  const body = lines.map(({ label, value, also }) => {
    const top = y;
    const width = top - fontSize > qr.y + qr.size ? belowQr : besideQr;
    const wrapped = wrapWords(`${label}${value}`, width, 2);
    y += lineHeight * wrapped.length + 6;
    return (
      <text key={label} x={36} y={top} fontSize={fontSize} fill={ink}>
        {wrapped.map((line, i) => {
          // The label in normal weight where it starts the first line, the value in bold.
          const head = i === 0 && line.startsWith(label.trimEnd()) ? label.trimEnd() : "";
          return (
            <tspan key={line} x={36} dy={i === 0 ? 0 : lineHeight}>
              {head}
              <tspan fontWeight={700}>{line.slice(head.length)}</tspan>
            </tspan>
          );
        })}
        {also && (
          <tspan x={330}>
            {also.label}
            <tspan fontWeight={700}>{also.value}</tspan>
          </tspan>
        )}
      </text>
    );
  });

  return (
    <svg
      ref={ref}
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${cardWidth} ${cardHeight}`}
      role="img"
      aria-labelledby="card-image-title"
      className="h-auto w-full"
      fontFamily={font}
    >
      <title id="card-image-title">{title}</title>
      <rect
        x={1}
        y={1}
        width={cardWidth - 2}
        height={cardHeight - 2}
        rx={28}
        fill="#fff"
        stroke="#9db5a6"
        strokeWidth={2}
      />
      <clipPath id="card-edge">
        <rect x={1} y={1} width={cardWidth - 2} height={cardHeight - 2} rx={28} />
      </clipPath>
      <g clipPath="url(#card-edge)">
        {/* White header with the emblem and the agency's name, then the green band with the card's name. */}
        <circle cx={74} cy={56} r={38} fill={green} />
        <circle cx={74} cy={56} r={31} fill="none" stroke="#fff" strokeWidth={3} />
        <text x={74} y={63} textAnchor="middle" fontSize={18} fontWeight={700} fill="#fff">
          BHXH
        </text>
        <text x={132} y={52} fontSize={30} fontWeight={700} fill={greenDark}>
          BẢO HIỂM XÃ HỘI VIỆT NAM
        </text>
        <text x={132} y={82} fontSize={17} fill={greenDark}>
          VIETNAM SOCIAL SECURITY
        </text>
        <rect x={0} y={104} width={cardWidth} height={62} fill={green} />
        <text x={cardWidth / 2} y={148} textAnchor="middle" fontSize={38} fontWeight={700} fill="#fff">
          THẺ BẢO HIỂM Y TẾ
        </text>
        <text x={36} y={214} fontSize={26} fill={ink}>
          Mã số:{" "}
          <tspan fontSize={34} fontWeight={700} letterSpacing={2}>
            {card.cardNumber}
          </tspan>
        </text>
        {body}
        <rect x={0} y={cardHeight - 16} width={cardWidth} height={16} fill={green} />
      </g>
      {shape && (
        // The QR with its quiet zone (4 modules of white), scaled to its place at the side.
        <g
          data-testid="card-qr"
          transform={`translate(${qr.x} ${qr.y}) scale(${qr.size / (shape.size + 2 * quiet)}) translate(${quiet} ${quiet})`}
          shapeRendering="crispEdges"
        >
          <rect
            x={-quiet}
            y={-quiet}
            width={shape.size + 2 * quiet}
            height={shape.size + 2 * quiet}
            fill="#fff"
          />
          <path d={shape.path} fill="#000" />
        </g>
      )}
    </svg>
  );
}
