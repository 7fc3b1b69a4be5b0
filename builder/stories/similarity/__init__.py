"""How alike two briefings' features are: their TF-IDF weights (`weights.py`), the cosines of the pairs
grouping asks for (`cosines.py`), and the last build's pairs kept for the next (`kept.py`)."""
