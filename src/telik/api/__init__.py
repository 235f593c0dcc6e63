"""The REST API and the web dashboard, served by `telik serve`."""
from telik.api.app import create_app

__all__ = ["create_app"]
