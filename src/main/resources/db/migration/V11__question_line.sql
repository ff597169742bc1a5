-- The paper's layout: the question line printed after the statements, and column headings over matched pairs.
-- Papers stored before have neither; their stem holds the whole question.
ALTER TABLE paper_question ADD COLUMN question_line VARCHAR(1000);
ALTER TABLE paper_question ADD COLUMN headings VARCHAR(1000);
ALTER TABLE quiz_attempt ADD COLUMN requested_count INT;
