"""What the live preview (`sotay serve`) shows while the content has errors."""

from .error_page import STATE_HEADER, editor_link, error_page
from .titles import title_as_written

__all__ = ["STATE_HEADER", "editor_link", "error_page", "title_as_written"]
