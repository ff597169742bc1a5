-- Schema history starts here; each feature adds its own numbered migration.
CREATE TABLE app_info (
    name  VARCHAR(64) PRIMARY KEY,
    value VARCHAR(255) NOT NULL
);
INSERT INTO app_info (name, value) VALUES ('schema', 'prelims-quiz');
