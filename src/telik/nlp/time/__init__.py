"""Time: scanning and resolving date expressions (telik_dates), with the vocabulary of telik/data/time."""
