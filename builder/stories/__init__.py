"""Across articles: briefings grouped into stories, each story merged fact by fact, and actor profiles.

Takes `Briefing`s; gives out story groups (`grouping`), merged `Story`s with sources, comparisons and
conflicts (`merge`, `compare`, `dates`), one identity per actor across articles (`identity`) and actor
`Profile`s (`directory`).
"""
