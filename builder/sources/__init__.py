"""Reading sources: files of every supported format in the seeds folder become `Article`s, or `Problem`s.

Takes a folder (or files); gives out `Article`s (text as paragraphs, title, date, source, url, tags) and one
`Problem` per unusable file naming the file and what is wrong. `check` runs the same checks without
building.
"""
