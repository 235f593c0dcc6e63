"""Relevance: is an article, and each sentence, about political violence, security or threats (telik_relevance)."""
