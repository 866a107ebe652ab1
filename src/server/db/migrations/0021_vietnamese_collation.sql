-- Lists the database orders for the pages (the greenhouse-gas register) are sorted in Vietnamese
-- order by ICU's collation. A PostgreSQL built without ICU stops the start here, saying why,
-- rather than failing on the first page that sorts.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'vi-x-icu') THEN
    RAISE EXCEPTION 'PostgreSQL này không có bảng so sánh tiếng Việt "vi-x-icu" (ICU): hãy dùng bản PostgreSQL có ICU, như bản của Debian, Ubuntu hoặc ảnh Docker chính thức.';
  END IF;
END $$;
