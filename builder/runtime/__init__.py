"""How the build runs: extraction and story caches, executors (serial, process pool, Dask), JSON forms.

Takes `Briefing`s and `Story`s to store, and work to run; gives out cached results and executors for the
pipeline, and the JSON schema `briefing extract --format json` prints.
"""
