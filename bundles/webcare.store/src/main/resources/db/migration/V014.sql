-- source leases: which workbench polls each source instance, until when (team mode: one poller per instance)
-- A workbench renews its lease while it runs and deletes it when it closes; one that dies leaves
-- it to expire, and another takes it then. Times are TIMESTAMP WITH TIME ZONE holding UTC.
CREATE TABLE source_lease (
    source_type VARCHAR(50) NOT NULL,
    instance VARCHAR(200) NOT NULL,
    holder VARCHAR(200) NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (source_type, instance)
);
