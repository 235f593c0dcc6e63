"""Exports: the native evaluation export and analysts' formats."""
