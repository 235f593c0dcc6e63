"""Events: triggers, arguments and in-document merging (telik_events)."""
