"""The spaCy pipeline: `spacy.blank("id")` plus Telik's registered components."""
