"""Numbers: number words and the figures found by telik_numbers."""
