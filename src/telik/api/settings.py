"""The API reads the one `Settings` object of the package, injected into every route with `Depends`."""
from __future__ import annotations

from fastapi import Request

from telik.settings import Settings, get_settings

#: Highest `limit` a list call accepts; fixed when the routes are declared (TELIK_MAX_PAGE).
MAX_PAGE = get_settings().max_page


def get_api_settings(request: Request) -> Settings:
    """The settings the running app was created with."""
    settings: Settings = request.app.state.settings
    return settings
