-- Hand-written (drizzle cannot express a function): the Vietnamese sort key the name_sort_key
-- columns below are generated from. Changing the function later means regenerating those columns
-- (a stored generated column keeps the value computed when the row was written).
-- Vietnamese alphabetical order in SQL, byte for byte the order of compareVietnamese (packages/domain):
-- PGlite has no ICU, and a libc collation differs from machine to machine, so the order is computed
-- here. ORDER BY vietnamese_sort_key(name) (a bytea, compared byte-wise) sorts like the TypeScript.
-- The key is a sequence of 3-byte big-endian weights (each + 2, so 0 and 1 stay free):
--   per word: its letters, 0x000001, its tones, 0x000001;  after the last word 0x000000;
--   then the NFC text in UTF-8, the final tie-break.
-- A shorter letter or tone sequence, and a text with fewer words, therefore sort first, as there.
-- Limits (texts outside the Latin script only): combining marks are those of the Latin blocks
-- (U+0300–036F, 1AB0–1AFF, 1DC0–1DFF, 20D0–20FF, FE20–FE2F); digits are 0–9; "other letters" are
-- what the database's LC_CTYPE calls alphabetic; the tie-break compares code points where
-- JavaScript compares UTF-16 units (they differ only between U+E000–FFFF and astral characters).
CREATE FUNCTION vietnamese_sort_key(input text) RETURNS bytea
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  alphabet CONSTANT text := 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
  word text;
  decomposed text;
  ch text;
  code int;
  base text;
  letter text;
  rank int;
  letters bytea;
  tones bytea;
  weight int;
  result bytea := ''::bytea;
BEGIN
  FOREACH word IN ARRAY regexp_split_to_array(
    normalize(input, NFC),
    '[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+'
  ) LOOP
    CONTINUE WHEN word = '';
    -- Upper case after NFD is A–Z and Đ for every Vietnamese letter: translate does not depend on
    -- the locale, lower() does the rest where the locale knows it.
    decomposed := translate(lower(normalize(word, NFD)), 'ABCDEFGHIJKLMNOPQRSTUVWXYZĐ', 'abcdefghijklmnopqrstuvwxyzđ');
    letters := ''::bytea;
    tones := ''::bytea;
    base := '';
    -- One extra turn with ch = NULL flushes the last letter.
    FOR i IN 1 .. length(decomposed) + 1 LOOP
      ch := substr(decomposed, i, 1);
      code := CASE WHEN ch = '' THEN NULL ELSE ascii(ch) END;
      IF code IS NOT NULL AND (code BETWEEN 768 AND 879 OR code BETWEEN 6832 AND 6911
          OR code BETWEEN 7616 AND 7679 OR code BETWEEN 8400 AND 8447 OR code BETWEEN 65056 AND 65071) THEN
        IF code IN (774, 770, 795) AND base <> '' THEN
          base := base || ch;  -- breve, circumflex, horn: part of the letter (ă â ê ô ơ ư)
        ELSE
          -- huyền, hỏi, ngã, sắc, nặng; any other mark after all tones
          weight := CASE code WHEN 768 THEN 1 WHEN 777 THEN 2 WHEN 771 THEN 3 WHEN 769 THEN 4
                              WHEN 803 THEN 5 ELSE 256 + code END;
          tones := tones || substr(int4send(weight + 2), 2);
        END IF;
      ELSE
        IF base <> '' THEN
          letter := normalize(base, NFC);
          rank := strpos(alphabet, letter);
          weight := CASE
            WHEN length(letter) = 1 AND rank > 0 THEN 3145728 + rank - 1        -- 0x300000: the alphabet
            WHEN letter ~ '^[0-9]$' THEN 2097152 + ascii(letter)                  -- 0x200000: digits
            WHEN substr(letter, 1, 1) ~ '^[[:alpha:]]$' THEN 4194304 + ascii(letter) -- 0x400000: other letters
            ELSE ascii(letter)                                                    -- punctuation first
          END;
          letters := letters || substr(int4send(weight + 2), 2);
        END IF;
        base := coalesce(ch, '');
      END IF;
    END LOOP;
    result := result || letters || '\x000001'::bytea || tones || '\x000001'::bytea;
  END LOOP;
  RETURN result || '\x000000'::bytea || convert_to(normalize(input, NFC), 'UTF8');
END
$$;
--> statement-breakpoint
CREATE TABLE "spent_proof_of_work" (
	"hash" "bytea" PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "collection_point" ADD COLUMN "name_sort_key" "bytea" GENERATED ALWAYS AS (vietnamese_sort_key("name")) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "medical_facility" ADD COLUMN "name_sort_key" "bytea" GENERATED ALWAYS AS (vietnamese_sort_key("name")) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "office" ADD COLUMN "name_sort_key" "bytea" GENERATED ALWAYS AS (vietnamese_sort_key("name")) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "employer" ADD COLUMN "name_sort_key" "bytea" GENERATED ALWAYS AS (vietnamese_sort_key("name")) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "spent_proof_of_work_expires_idx" ON "spent_proof_of_work" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "collection_point_name_trgm_idx" ON "collection_point" USING gin ("name_folded" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "collection_point_position_idx" ON "collection_point" USING btree ("latitude","longitude");--> statement-breakpoint
CREATE INDEX "medical_facility_name_trgm_idx" ON "medical_facility" USING gin ("name_folded" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "employer_name_trgm_idx" ON "employer" USING gin ("name_folded" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "person_province_name_idx" ON "person" USING btree ("province_code","name_folded");