-- the last outcome of each source instance, so that its state survives a restart
-- One row per instance, replaced at the end of every pass. fingerprint is a hash of the
-- instance's configuration (never a setting in clear): a changed configuration starts afresh.
-- last_skipped holds one line per reason, 'COUNT REASON'. Times are TIMESTAMP WITH TIME ZONE holding UTC.
CREATE TABLE source_state (
    source VARCHAR(2000) NOT NULL,
    instance VARCHAR(2000) NOT NULL,
    state_name VARCHAR(100) NOT NULL,
    message VARCHAR(2000) NOT NULL,
    next_at TIMESTAMP WITH TIME ZONE,
    last_sync_at TIMESTAMP WITH TIME ZONE,
    last_added INTEGER NOT NULL,
    last_skipped VARCHAR(2000) NOT NULL,
    fingerprint VARCHAR(200) NOT NULL,
    saved_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (source, instance)
);
