"""Entities: the gazetteer, name rules and linking behind the telik_entities component."""
