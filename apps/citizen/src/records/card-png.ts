/**
 * Turns the card's SVG into a PNG in the browser and saves it: the SVG becomes an image, the image is
 * drawn on a canvas `scale` times its size (sharp enough to print, and for a QR reader), and the
 * canvas is downloaded. Nothing is sent anywhere. Resolves false if the browser cannot do it.
 */
export async function downloadCardPng(
  svg: SVGSVGElement,
  size: { width: number; height: number },
  fileName: string,
  scale = 3,
): Promise<boolean> {
  try {
    const width = size.width * scale;
    const height = size.height * scale;
    const copy = svg.cloneNode(true) as SVGSVGElement;
    copy.setAttribute("width", String(width));
    copy.setAttribute("height", String(height));
    const text = new XMLSerializer().serializeToString(copy);
    const image = new Image();
    image.decoding = "async";
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
    await image.decode();

    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext("2d");
    if (!context) return false;
    // The card's corners are rounded: what lies outside them is white, not transparent, once printed.
    context.fillStyle = "#fff";
    context.fillRect(0, 0, width, height);
    context.drawImage(image, 0, 0, width, height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (!png) return false;

    const url = URL.createObjectURL(png);
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    // Give the download time to start before the URL goes.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return true;
  } catch {
    return false;
  }
}
