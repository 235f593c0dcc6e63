"""The REST API and the web dashboard, served by `telik serve`."""
from telik.api.app import create_app
from telik.api.settings import ApiSettings

__all__ = ["ApiSettings", "create_app"]
