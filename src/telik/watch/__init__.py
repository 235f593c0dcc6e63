"""Watching feeds and raising alerts on new threats."""
from telik.watch.loop import Watcher, parse_interval
from telik.watch.rules import load_rules

__all__ = ["Watcher", "load_rules", "parse_interval"]
