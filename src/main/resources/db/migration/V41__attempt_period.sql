-- The period a quiz was restricted to (last-7-days, 2020-10, 2020); null or empty for any time.
ALTER TABLE quiz_attempt ADD COLUMN period VARCHAR(40);
