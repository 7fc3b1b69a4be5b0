"""Gifts: who gave (or promised) what to whom, read from gift verbs and gift nouns in one parsed article.

Takes an `extract.Analysis`; gives out `Gift`s (`find.find_gifts`). The lexicon says which words can make a
gift, `rules` and `nouns` read the constructions, `phrases` and `coref` name the item and the parties,
`status` tells given from promised, reported or not a gift at all.
"""
