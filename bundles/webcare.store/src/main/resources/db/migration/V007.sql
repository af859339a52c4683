-- themes: the negative items of a period, newest first, read off one index range
-- (the Themes view; low-star reviews that triage did not call negative come from inbox_by_newest)
CREATE INDEX inbox_by_polarity_newest ON inbox_item (polarity, created_at DESC, mention_id DESC);
