"""The site's generated pages and the page data they show: listings, a document's page and what surrounds it."""

__all__ = ["document_page", "document_view", "links", "listings"]
