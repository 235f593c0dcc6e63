"""Quotations: quotation marks, speakers and claims (telik_quotes)."""
