"""Official documents and their citations: numbers, resolution, relations, status, links, feed, committee pages."""

__all__ = ["autolink", "citation_view", "committee_pages", "docnumber", "feed", "references", "relations", "resolution", "status"]
