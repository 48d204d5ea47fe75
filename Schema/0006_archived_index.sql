-- 0006: the people who are never anyone's target (me and the archived) found without reading
-- every person. A free-text `kith reach` ranks its matches in the search index alone and leaves
-- these few out afterwards; at 100,000 people, finding them by a scan of the person table cost
-- more than the ranking itself.
CREATE INDEX person_archived ON person (id) WHERE archived = 1;
