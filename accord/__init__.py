"""accord: political event data from news — who did what to whom, when, and according to whom.

    >>> import accord
    >>> events = accord.code_text("Ukraine cut off ties with North Korea.", published="2022-07-13")
    >>> store = accord.open_store("accord-data")
"""
from .models import Actor, Document, Event

__version__ = "0.1.0"
__all__ = ["Actor", "Document", "Event", "code_text", "open_store", "__version__"]


def code_text(text: str, published=None, doc_id: str | None = None, title: str | None = None) -> list[Event]:
    """Code one text and return its events; nothing is stored."""
    from .pipeline import code_text as _code_text

    return _code_text(text, published=published, doc_id=doc_id, title=title)


def open_store(path="accord-data", create: bool = True):
    """The event store at `path`: DuckDB views over its Parquet parts (see accord.store.Store)."""
    from .store import open_store as _open_store

    return _open_store(path, create=create)
