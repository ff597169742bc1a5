-- Schema history starts here; each feature adds its own numbered migration.
CREATE TABLE app_info (
    info_key   VARCHAR(64) PRIMARY KEY,
    info_value VARCHAR(255) NOT NULL
);
INSERT INTO app_info (info_key, info_value) VALUES ('schema', 'prelims-quiz');
