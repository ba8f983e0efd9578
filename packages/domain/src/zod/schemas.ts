import { parseDate } from "../calendar/parse-date";
import { parseBhxhNumber } from "../identifiers/bhxh-number";
import { parseMobile } from "../identifiers/mobile";
import { parseNationalId } from "../identifiers/national-id";
import { schemaFromParser } from "./schema-from-parser";

/** "0123456789" (spaces allowed) → the 10-digit mã số BHXH. */
export const bhxhNumberSchema = schemaFromParser(parseBhxhNumber);

/** 12-digit CCCD or legacy 9-digit CMND → `NationalId` (tells which, and what the CCCD encodes). */
export const nationalIdSchema = schemaFromParser(parseNationalId);

/** Any common way of writing a mobile number → "0xxxxxxxxx". */
export const mobileSchema = schemaFromParser(parseMobile);

/** "dd/MM/yyyy" → ISO "yyyy-MM-dd"; impossible days such as 31/02 are rejected. */
export const dateDdMmYyyySchema = schemaFromParser(parseDate);
