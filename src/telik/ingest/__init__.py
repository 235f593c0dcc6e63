"""Reading inputs: files, folders, JSONL, HTML and feeds, in any encoding."""
from telik.ingest.readers import read_inputs

__all__ = ["read_inputs"]
