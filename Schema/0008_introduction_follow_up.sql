-- 0008: an introduction's follow-up can be put off. Until this day (YYYY-MM-DD) the weekly list
-- does not ask about it; NULL means the usual rule (a made one after 14 days, an asked or offered
-- one at once).
ALTER TABLE introduction ADD COLUMN follow_up_on TEXT;
