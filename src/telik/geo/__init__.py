"""Geocoding for what analysts export: country, administrative levels, coordinates and an honest precision."""
from telik.geo.countries import Country, country
from telik.geo.places import Place, resolve

__all__ = ["Country", "Place", "country", "resolve"]
