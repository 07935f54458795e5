"""accord's web face: a JSON API over the event store and a one-page dashboard (``accord serve``).

    from accord.web import create_app
    app = create_app("accord-data", token=None)     # any ASGI server; `accord serve` runs uvicorn
"""
from .app import create_app

__all__ = ["create_app"]
