-- facts about this database file: which product version created it, and when
CREATE TABLE database_info (
    name VARCHAR(100) NOT NULL PRIMARY KEY,
    info_value VARCHAR(1000) NOT NULL
);
