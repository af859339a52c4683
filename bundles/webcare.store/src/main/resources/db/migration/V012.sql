-- incidents' linked messages counted per minute, kept as they are linked: a timeline reads minutes, not messages
CREATE TABLE incident_minute (
    incident_id BIGINT NOT NULL REFERENCES incident (id),
    -- whole minutes since 1970-01-01T00:00Z
    epoch_minute BIGINT NOT NULL,
    items INTEGER NOT NULL,
    negative INTEGER NOT NULL,
    PRIMARY KEY (incident_id, epoch_minute)
);
INSERT INTO incident_minute (incident_id, epoch_minute, items, negative)
    SELECT incident_id, CAST(FLOOR(EXTRACT(EPOCH FROM created_at)) AS BIGINT) / 60 AS epoch_minute, COUNT(*),
        SUM(CASE WHEN negative THEN 1 ELSE 0 END)
    FROM incident_mention GROUP BY incident_id, epoch_minute;
