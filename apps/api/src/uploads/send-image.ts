import type { FastifyReply } from "fastify";
import type { StoredImage } from "./read-sealed-document";

/**
 * Sends a person's uploaded image: shown in the page (never a download), kept in no cache (it is
 * personal data, and access to it may be withdrawn), and never sniffed into another type.
 */
export function sendImage(reply: FastifyReply, image: StoredImage) {
  return reply
    .type(image.mime)
    .header("cache-control", "private, no-store")
    .header("content-disposition", "inline")
    .header("x-content-type-options", "nosniff")
    .send(image.data);
}
